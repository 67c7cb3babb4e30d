# A malformed claims row: file, line, column, the value, what is wrong.
printf 'id,claim,metric,reporter,partner,flow,product,period,expected,tolerance,source\nok,x,value,ARM,GEO,X,TOTAL,2023,1,0,x\nbad,x,volume,ARM,GEO,X,TOTAL,2023,1,0,x\n' > $T/c.csv
cd $T && trade-claim c.csv /dev/null
