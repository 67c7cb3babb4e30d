# Values are read as their digits, not as doubles: sums of values and
# quantities of 16 to 36 significant digits are exact (a double keeps 15
# to 17), in the canonical and BACI formats and in roll-ups read again,
# so that shard roll-ups combined are one pass byte for byte; a value of
# more digits than fixed point holds is an error naming its row.
h=period,reporter,partner,flow,product,value,quantity,unit,currency,source
{ echo $h
  echo 2023,ARM,RUS,X,870323,12345678901234567891,0.100000000000000001,t,USD,a
  echo 2023,ARM,RUS,X,870324,1,0.100000000000000001,t,USD,a
  echo 2023,ARM,GEO,X,870323,99999999999999999999.5,2,t,USD,a
  echo 2023,ARM,GEO,M,870323,0.123456789012345678,,,USD,a
  echo 2023,ARM,RUS,M,870323,1e-18,,,USD,a
  echo 2024,ARM,GEO,X,870323,123456789012345678901234567890123456,,,USD,a
  echo 2024,ARM,RUS,X,870323,4,,,USD,a
  echo 2024,ARM,RUS,M,870323,.5,,,USD,a
  echo 2024,ARM,RUS,M,870323,5.,,,USD,a
  echo 2024,ARM,RUS,M,870323,007.250,,,USD,a
} > $T/c.csv
echo "canonical, by period and flow:"
trade-agg -q --by period,flow $T/c.csv | cut -d, -f1,4,6,7
# the same rows as BACI writes them (thousands of dollars, tonnes)
{ echo t,i,j,k,v,q
  echo 2023,51,643,870323,12345678901234567.891,0.100000000000000001
  echo 2023,51,643,870324,0.001,0.100000000000000001
  echo 2023,51,268,870323,99999999999999999.9995,2
  echo 2022,51,268,870323,0.000123456789012345678,1
  echo 2022,51,268,870323,1e-21,1
} > $T/b.csv
echo "BACI, by period:"
trade-agg -q --by period $T/b.csv | cut -d, -f1,6,7
# shards: the rows in two files, rolled up apart, then together
head -6 $T/c.csv > $T/s1.csv
{ echo $h; tail -n +7 $T/c.csv; } > $T/s2.csv
for by in period,reporter,partner,flow period,flow all; do
	trade-agg -q --by $by $T/c.csv > $T/one.out
	trade-agg -q --by $by $T/s1.csv > $T/r1.out
	trade-agg -q --by $by $T/s2.csv > $T/r2.out
	trade-agg -q --by $by $T/r1.out $T/r2.out > $T/two.out
	cmp -s $T/one.out $T/two.out && r="the same bytes" || r=differs
	echo "--by $by, two shards combined: $r ($(wc -l < $T/two.out) lines)"
done
# 37 digits, 19 after the point: errors naming the row
{ echo $h; echo 2023,ARM,RUS,X,870323,1234567890123456789012345678901234567,,,USD,a; } > $T/w.csv
{ echo t,i,j,k,v,q; echo 2023,51,643,870323,1,0.0000000000000000001; } > $T/q.csv
cd $T && trade-agg w.csv; echo "exit $?"
trade-agg q.csv; echo "exit $?"
