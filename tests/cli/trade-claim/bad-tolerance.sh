# A tolerance that is none of 5%, 2pp or a number.
printf 'id,claim,metric,reporter,partner,flow,product,period,expected,tolerance,source\nok,x,value,ARM,GEO,X,TOTAL,2023,1,five,x\n' > $T/c.csv
cd $T && trade-claim c.csv /dev/null
