# A Chow test with nothing to test: 2^t through 2018-2022 is one exact
# trend (F would be 0/0: empty cells and a warning, never a rounding-noise
# F); e^0 e^1 e^2 | e^4 e^5 is two exact regimes and not one (F infinite,
# p 0, on (2, 1)); a break with one point after it is too short.
printf 'period,reporter,partner,flow,product,value\n2018,ARM,GEO,X,TOTAL,1\n2019,ARM,GEO,X,TOTAL,2\n2020,ARM,GEO,X,TOTAL,4\n2021,ARM,GEO,X,TOTAL,8\n2022,ARM,GEO,X,TOTAL,16\n' > $T/exact.csv
trade-trend --break 2020 $T/exact.csv | cut -d, -f2,11,23-
awk 'BEGIN { print "period,reporter,partner,flow,product,value"
    split("0 1 2 4 5", l, " ")
    for (i = 1; i <= 5; i++) printf "%d,ARM,TUR,X,TOTAL,%.15g\n", 2017 + i, exp(l[i]) }' > $T/two.csv
trade-trend --break 2021 $T/two.csv | cut -d, -f2,11,23-
trade-trend --break 2022 $T/two.csv | cut -d, -f2,11,23-
