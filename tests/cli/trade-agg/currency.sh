# Adding EUR to USD is refused, naming the row and the sum.
printf 'period,reporter,partner,flow,product,value,currency\n2023,DEU,KGZ,X,TOTAL,5,EUR\n2023,DEU,KGZ,X,TOTAL,7,USD\n' > $T/c.csv
cd $T && trade-agg --by reporter c.csv
