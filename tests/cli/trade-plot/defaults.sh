# Defaults from the data.  Bars are labelled with the column that varies
# (not "WLD" on every bar); aggregates are left out of the ranking, and
# the chart says so; each bar's value in its own unit (EUR 49 m next to
# EUR 2.4 bn, not EUR 0.0 bn).
cd $T
printf 'period,reporter,partner,flow,product,value,currency\n2023,DEU,WLD,X,TOTAL,2400000000,EUR\n2023,FRA,WLD,X,TOTAL,49000000,EUR\n2023,EU27,WLD,X,TOTAL,9000000000,EUR\n' > b.csv
trade-plot bar --script b.csv | sed -n '/^\$bars/,/^EOD/p; /^set label 101/p'
trade-plot bar --aggregates --script b.csv | sed -n '/^\$bars/,/^EOD/p'
trade-plot bar --names --script b.csv | grep '^"'
# units from the column's name: share is a fraction, share_pct already
# percent, a ratio has no currency
printf 'period,partner,share,share_pct,ratio,currency\n2022,CHN,0.34,34,3.1,EUR\n2023,CHN,0.45,45,2.9,EUR\n' > u.csv
for y in share share_pct ratio; do
	trade-plot line --y $y --script u.csv | grep -E "^set format y|^202"
done
printf 'period,partner,share_pct\n2023,CHN,45.3\n2023,DEU,3.1\n2023,other,51.6\n' | trade-plot stacked --script | sed -n '/^"/p'
# a monthly axis: each year once
printf 'period,value\n' > m.csv
for y in 2019 2020 2021; do for m in 01 04 07 10; do echo "$y-$m,$m" >> m.csv; done; done
trade-plot line --script m.csv | grep '^set xtics'
printf 'period,value\n2023-01,1\n2023-06,2\n2023-12,3\n' | trade-plot line --script | grep '^set xtics'
# a part of a year (trade-agg --annual): a hollow point, and the months
printf 'period,reporter,partner,flow,product,value,currency,rows,months,month_mask\n2022,ARM,RUS,X,8703,236844254,USD,51,12,fff\n2023,ARM,RUS,X,8703,354040085,USD,53,10,3ff\n' | trade-plot line --script | grep -E '^set label 102|^\$p|pt 6'
