# A sum names at most 32 sources: a 33rd is refused, naming the row (it
# was left out of the source column without a word).
{ echo period,reporter,partner,flow,product,value,currency,source
  i=1; while [ $i -le 33 ]; do echo "2023,DEU,KGZ,X,TOTAL,1,USD,s$i"; i=$((i+1)); done
} > $T/s.csv
cd $T && trade-agg --by reporter s.csv
