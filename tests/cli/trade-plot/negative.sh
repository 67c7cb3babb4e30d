# A line chart holds every value: a fall below zero (a yoy of -88%, a
# negative mirror gap) is drawn, with a zero line, not cut off by a
# y range that starts at 0; all-positive values still start at 0.  A bar
# chart of gaps reaches its negative bars too.
printf 'period,reporter,partner,flow,product,yoy\n2023-07,ARM,RUS,X,8703,0.25\n2023-08,ARM,RUS,X,8703,-0.88\n2023-09,ARM,RUS,X,8703,-0.87\n2023-10,ARM,RUS,X,8703,-0.83\n' > $T/yoy.csv
trade-plot line --y yoy --script $T/yoy.csv | grep -E 'yrange|zeroaxis'
printf 'period,reporter,partner,flow,product,value\n2023,ARM,RUS,X,8703,5\n2024,ARM,RUS,X,8703,7\n' | trade-plot line --script | grep -E 'yrange|zeroaxis'
printf 'period,reporter,partner,flow,product,yoy\n2023,ARM,RUS,X,8703,-0.2\n2024,ARM,RUS,X,8703,-0.5\n' | trade-plot line --y yoy --script | grep -E 'yrange|zeroaxis'
printf 'period,reporter,partner,flow,product,value,gap\n2023,DEU,KGZ,X,TOTAL,5,-49000000\n2023,FRA,KGZ,X,TOTAL,7,12000000\n' | trade-plot bar --y gap --label reporter --script | grep -E 'xrange|zeroaxis'
trade-plot line --y yoy -o $T/yoy.png $T/yoy.csv && echo drawn
