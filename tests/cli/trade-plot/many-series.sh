# 40,000 series build their script in time linear in the rows (sorts,
# not a scan of every series per row): a stacked chart of them folds all
# but 11 into 'other', and with --max-series draws every one
cd $T
awk 'BEGIN { print "period,reporter,partner,flow,product,share"; for (i = 0; i < 40000; i++) for (y = 2021; y <= 2023; y++) printf "%d,RUS,CHN,M,%06d,0.000025\n", y, i }' > s.csv
timeout 15 trade-plot stacked --script s.csv > a
echo "exit $?"
grep -o '"other[^"]*"' a
timeout 15 trade-plot stacked --script --max-series 40000 s.csv > b
echo "exit $?"
grep '^"period"' b | wc -w
timeout 15 trade-plot line --script --y share --max-series 40000 s.csv > c
echo "exit $?"
grep -c 'with linespoints' c
