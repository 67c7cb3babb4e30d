# A claim without a tolerance (no column, or an empty cell) is a usage
# error naming the row: published figures are rounded, and a tolerance
# of 0 called "$237 million" contradicted at 0.07% off.  --tolerance
# gives the file a default, and the verdict row says the tolerance used.
printf 'id,claim,metric,reporter,partner,flow,product,period,expected,source\nv,x,value,ARM,GEO,X,TOTAL,2023,120.1,x\n' > $T/none.csv
printf 'id,claim,metric,reporter,partner,flow,product,period,expected,tolerance,source\na,x,value,ARM,GEO,X,TOTAL,2023,120.1,5%%,x\nb,x,value,ARM,GEO,X,TOTAL,2023,120.1,,x\n' > $T/empty.csv
cd $T
trade-claim none.csv $OLDPWD/tests/data/claims-data.csv; echo "exit $?"
trade-claim empty.csv $OLDPWD/tests/data/claims-data.csv; echo "exit $?"
trade-claim --tolerance 0.5% empty.csv $OLDPWD/tests/data/claims-data.csv | cut -d, -f1-8
trade-claim --tolerance five empty.csv /dev/null; echo "exit $?"
