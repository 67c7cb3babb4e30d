# Sums that would add two currencies are refused, as trade-agg refuses them.
printf 'period,reporter,partner,flow,product,value,quantity,unit,currency\n2023,DEU,KGZ,X,870323,5,1,u,EUR\n2023,DEU,KAZ,X,870323,7,1,u,USD\n' > $T/c.csv
cd $T && trade-uv --by period,reporter,flow,product c.csv
