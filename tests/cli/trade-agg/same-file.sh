# The same file given twice, by one name, another, or as a copy, is
# refused: its rows would count twice.
printf 'period,reporter,partner,flow,product,value\n2023,ARM,RUS,X,8703,1\n' > $T/a.csv
cp $T/a.csv $T/copy.csv
ln $T/a.csv $T/link.csv
cd $T && trade-agg a.csv a.csv; echo "exit $?"
trade-agg a.csv link.csv; echo "exit $?"
trade-agg a.csv copy.csv; echo "exit $?"
