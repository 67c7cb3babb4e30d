# A value that does not fit in decimal fixed point (sums are exact: 36
# digits, 18 after the point), or a sum that passes it, is an error
# naming the row, never inf, a rounding or an empty value; a BACI value
# of 1e306 (thousands) is not a finite number.
printf 'period,reporter,partner,flow,product,value\n2023,ARM,RUS,X,8703,1.7e308\n2023,ARM,GEO,X,8703,1.7e308\n' > $T/o.csv
printf 'period,reporter,partner,flow,product,value\n2023,ARM,RUS,X,8703,9e35\n2023,ARM,GEO,X,8703,9e35\n' > $T/s.csv
printf 'period,reporter,partner,flow,product,value\n2023,ARM,RUS,X,8703,1e-30\n' > $T/t.csv
printf 't,i,j,k,v,q\n2023,51,643,870323,1e306,1\n' > $T/baci.csv
cd $T && trade-agg --by reporter o.csv; echo "exit $?"
trade-agg --by reporter s.csv; echo "exit $?"
trade-agg --by reporter t.csv; echo "exit $?"
trade-agg -f baci baci.csv; echo "exit $?"
