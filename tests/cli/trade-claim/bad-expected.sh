# An expected value that is not a finite number: file, line, column.
printf 'id,claim,metric,reporter,partner,flow,product,period,expected,tolerance,source\nok,x,value,ARM,GEO,X,TOTAL,2023,1e400,5%%,x\n' > $T/c.csv
cd $T && trade-claim c.csv /dev/null
