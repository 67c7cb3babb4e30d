# A row that cannot be read stops the program with file, line, column and
# value.
printf 'period,reporter,partner,flow,product,value,quantity,unit\n2023,ARM,RUS,X,870323,12x,3,u\n' > $T/b.csv
cd $T && trade-uv b.csv
