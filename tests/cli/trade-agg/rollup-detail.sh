# A roll-up row (an empty partner: all partners) is not added again to the
# partners it sums up.
printf 'period,reporter,partner,flow,product,value\n2023,ARM,RUS,X,8703,1\n2023,ARM,GEO,X,8703,2\n' > $T/d.csv
cd $T && trade-agg --by period,reporter,flow,product d.csv > r.csv
cat r.csv
{ cat d.csv; tail -n +2 r.csv | cut -d, -f1-6; } > both.csv
trade-agg --by reporter both.csv; echo "exit $?"
