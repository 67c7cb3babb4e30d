# Bad input: the file, line, column and value, exit 1, and no output file
# left behind; bad options are usage errors (exit 2).
printf 'period,reporter,partner,flow,product,value\n2023,CHN,RUS,X,TOTAL,100\n2023,RUS,CHN,M,TOTAL,9x0\n' > $T/b.csv
trade-mirror -o $T/o.csv < $T/b.csv
echo "exit $?"
test -e $T/o.csv && echo "output left behind"
printf 'period,reporter,partner,flow,product,value\n2023-13,RUS,CHN,M,TOTAL,90\n' | trade-mirror
echo "exit $?"
trade-mirror --flow T $T/b.csv
echo "exit $?"
trade-mirror --cif-fob 0.5 $T/b.csv
echo "exit $?"
trade-mirror --lag -1 $T/b.csv
echo "exit $?"
