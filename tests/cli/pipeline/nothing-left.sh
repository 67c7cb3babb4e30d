# a sum that leaves nothing says why and fails: every row's partner is
# an aggregate (WLD, EU27), so a sum over partners has no row to add;
# --with-aggregates, or keeping partner as a key, gives the rows
printf 'period,reporter,partner,flow,product,value\n2022,RUS,WLD,M,TOTAL,5.25\n2022,RUS,EU27,M,TOTAL,3.5\n2022,RUS,WLD,M,TOTAL,1.5\n' > $T/agg.csv
trade-agg --by period,reporter $T/agg.csv
echo "exit $?"
trade-agg --by period,reporter --with-aggregates $T/agg.csv | cut -d, -f1,2,6
trade-agg --by period,reporter,partner $T/agg.csv | cut -d, -f1-3,6
# an empty input is a real answer: a header, exit 0
printf 'period,reporter,partner,flow,product,value\n' | trade-agg --by period
echo "exit $?"
