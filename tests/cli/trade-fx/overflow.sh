# A value that overflows in the target is an error naming the row.
printf 'period,reporter,partner,flow,product,value,currency\n2023,DEU,KGZ,X,TOTAL,1.7e308,EUR\n' > $T/o.csv
cd $T && trade-fx --rates $OLDPWD/tests/data/fx-rates.csv --to RUB o.csv
