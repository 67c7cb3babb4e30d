# needs: zip
# Every member of a zip or tar after the first is read on two threads
# too (blocks of 4 KB after a first chunk of 4 KB), and gives what one
# pass gives, byte for byte: trade-load and trade-filter, from the
# archive and from standard input, and the error of a bad value on
# line 15,000 or so of the second member (the rows before it written).
gen() { awk -v seed=$1 'BEGIN {
	srand(seed); OFS = ","
	split("USA CHN DEU RUS KAZ KGZ ARM WLD EU27 FRA", c, " ")
	print "period,reporter,partner,flow,product,value,quantity,unit,currency,source"
	for (i = 0; i < 20000; i++) {
		s = rand() < 0.05 ? "\"note, \"\"two\"\"\nlines\"" : "a"
		print 2015 + int(rand() * 8), c[1 + int(rand() * 10)], \
		    c[1 + int(rand() * 10)], rand() < 0.5 ? "M" : "X", \
		    sprintf("%06d", 10000 + int(rand() * 3000) * 23), \
		    sprintf("%.2f", exp(rand() * 20)), "", "", "USD", s
	}
}'; }
mkdir $T/a $T/b
gen 11 > $T/a/one_2021.csv
gen 12 > $T/a/two_2022.csv
cp $T/a/one_2021.csv $T/b/
awk 'NR >= 15000 && !done && sub(/,USD,/, ",US1,") { done = 1 } 1' \
    $T/a/two_2022.csv > $T/b/two_2022.csv
(cd $T/a && zip -q ../good.zip one_2021.csv two_2022.csv &&
    tar cf ../good.tar one_2021.csv two_2022.csv)
(cd $T/b && zip -q ../bad.zip one_2021.csv two_2022.csv)
one() { "$@" --read-with=threads=1 > $T/one.out 2> $T/one.err; echo $? >> $T/one.err; }
two() { "$@" --read-with=threads=2,block=4096,chunk=4096 > $T/two.out 2> $T/two.err; echo $? >> $T/two.err; }
same() {
	one "$@"; two "$@"
	if cmp -s $T/one.out $T/two.out && cmp -s $T/one.err $T/two.err; then
		echo "same: $(wc -l < $T/one.out) lines, $(sed "s|$T/||" $T/one.err | tr '\n' ' ')"
	else
		echo "differs: $*" | sed "s|$T/||g"
		diff $T/one.out $T/two.out | head -3
		diff $T/one.err $T/two.err | head -3
	fi
}
for f in good.zip good.tar bad.zip; do
	same trade-load $T/$f
	same trade-filter --flow M $T/$f
	same sh -c "trade-load \"\$@\" < $T/$f" -
done
