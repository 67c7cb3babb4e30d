# A value that is not a number: file, line, column, value; exit 1.
printf 'period,reporter,partner,flow,product,value\n2018,ARM,GEO,X,TOTAL,1\n2019,ARM,GEO,X,TOTAL,1.2.3\n' > $T/bad.csv
trade-trend < $T/bad.csv
