# A series that mixes years and months has no common time step: n and its
# ends are shown, every statistic is empty, and a warning names it; with
# --annual the months become a partial year (2 months), left out of the
# trend, and 100 -> 120 over 2019-2020 is a CAGR of 0.2.
printf 'period,reporter,partner,flow,product,value\n2019,ARM,GEO,X,TOTAL,100\n2020,ARM,GEO,X,TOTAL,120\n2021-01,ARM,GEO,X,TOTAL,10\n2021-02,ARM,GEO,X,TOTAL,12\n' > $T/m.csv
trade-trend --break 2020 $T/m.csv | cut -d, -f11-
trade-trend --annual $T/m.csv | cut -d, -f11-
