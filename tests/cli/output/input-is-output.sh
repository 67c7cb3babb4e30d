# writing into the input file is safe: the input is read whole before the
# output replaces it (one pass, several threads, a roll-up)
awk 'BEGIN { print "period,reporter,partner,flow,product,value";
    for (i = 0; i < 3000; i++) print "2023,RUS,CHN,M,TOTAL," i }' > $T/x.csv
cp $T/x.csv $T/y.csv
cp $T/x.csv $T/z.csv
trade-load $T/x.csv > $T/want.csv
trade-load -o $T/x.csv $T/x.csv; echo "exit $?"
cmp $T/x.csv $T/want.csv && echo "one pass: the rows, whole"
trade-load --read-with=threads=2,block=4096 -o $T/y.csv $T/y.csv; echo "exit $?"
cmp $T/y.csv $T/want.csv && echo "two threads: the rows, whole"
trade-agg --read-with=threads=2,block=4096 --by reporter -o $T/z.csv $T/z.csv; echo "exit $?"
cat $T/z.csv
ls $T
