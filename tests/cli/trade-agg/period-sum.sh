# Summing the period away never adds a year's own row to its months; the
# months of another year add.
printf 'period,reporter,partner,flow,product,value\n2023,ARM,RUS,X,8703,10\n2023-03,ARM,RUS,X,8703,2\n' > $T/a.csv
printf 'period,reporter,partner,flow,product,value\n2022,ARM,RUS,X,8703,10\n2023-03,ARM,RUS,X,8703,2\n' > $T/b.csv
cd $T && trade-agg --by reporter a.csv; echo "exit $?"
trade-agg --by reporter b.csv
