# A sum that passes the largest double is an error naming the row, never
# inf or an empty value; so is a BACI value of 1e306 (thousands).
printf 'period,reporter,partner,flow,product,value\n2023,ARM,RUS,X,8703,1.7e308\n2023,ARM,GEO,X,8703,1.7e308\n' > $T/o.csv
printf 't,i,j,k,v,q\n2023,51,643,870323,1e306,1\n' > $T/baci.csv
cd $T && trade-agg --by reporter o.csv; echo "exit $?"
trade-agg -f baci baci.csv; echo "exit $?"
