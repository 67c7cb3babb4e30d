# with standard error closed at the start (2>&-), messages never land in
# the -o file; closed standard output and input fail as they did
printf 'period,reporter,partner,flow,product,value\n2023,RUS,XYZ,M,TOTAL,5\n2023,RUS,CHN,M,TOTAL,6\n' > $T/in.csv
trade-load --skip-bad -o $T/out.csv < $T/in.csv 2>&-; echo "exit $?"
cat $T/out.csv
trade-load -o $T/out2.csv < $T/in.csv 2>&-; echo "exit $?"
ls $T
trade-load $T/in.csv --unknown keep >&-; echo "exit $?"
trade-load -o $T/out3.csv <&-; echo "exit $?"
ls $T
