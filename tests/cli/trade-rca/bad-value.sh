# A row that cannot be read stops the program with file, line, column and
# value.
printf 'period,reporter,partner,flow,product,value\n2023,DEU,WLD,X,8703,1.2.3\n' > $T/b.csv
cd $T && trade-rca b.csv
