# Bad input: a message naming file, line, column and value, exit 1; a bad
# call, exit 2. The chart already at -o is left as it was.
cd $T
echo "the old chart" > c.png
printf 'period,partner,value\n2022,CHN,82.0\n2023,CHN,12x\n' > nan.csv
printf 'period,partner,value\n' > empty.csv
printf 'period,partner,value\n2022,CHN,82.0\n' > good.csv
printf 'period,partner,value,value\n2023,CHN,1,2\n' > dup.csv
trade-plot line -o c.png nan.csv; echo "exit $?"
trade-plot line -o c.png empty.csv; echo "exit $?"
trade-plot bar -o c.png dup.csv; echo "exit $?"
trade-plot line -o c.png --y share nan.csv; echo "exit $?"
trade-plot line -o c.png --mark 2022-13:invasion good.csv; echo "exit $?"
trade-plot line -o c.png missing.csv; echo "exit $?"
trade-plot pie -o c.png nan.csv 2>&1 | head -1
trade-plot line -o c.gif nan.csv 2>&1 | head -1
trade-plot line --size 1200x nan.csv 2>&1 | head -1
trade-plot 2>&1 | head -1
trade-plot line --size 1200x nan.csv 2>/dev/null; echo "exit $?"
ls; cat c.png
