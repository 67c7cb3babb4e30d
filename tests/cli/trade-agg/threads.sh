# needs: shared
# The roll-up on two threads (files cut into blocks of 4 KB here, so that
# even small files are cut) gives what one thread gives, byte for byte:
# output, messages (left-out counts, errors with their line) and exit
# status, on the real files ($SHARED_SAMPLE: the first of each folder of
# monthly files), the bad-input corpus and a generated file
# of 40,000 rows with aggregates, two sources, quantities in two units,
# years 2015-2018 and months 2019-2023.  A file the blocks cannot take (quotes,
# bytes beyond ASCII, a bad row) is read again in one pass.
awk 'BEGIN {
	srand(7); OFS = ","
	split("USA CHN DEU RUS KAZ KGZ ARM WLD EU27 FRA", c, " ")
	print "period,reporter,partner,flow,product,value,quantity,unit,currency,source"
	for (i = 0; i < 40000; i++) {
		r = c[1 + int(rand() * 10)]; p = c[1 + int(rand() * 10)]
		per = (rand() < 0.3) ? 2015 + int(rand() * 4) : \
		    sprintf("%d-%02d", 2019 + int(rand() * 5), 1 + int(rand() * 12))
		q = rand() < 0.2 ? "" : int(rand() * 1000)
		u = q == "" ? "" : (rand() < 0.5 ? "kg" : "u")
		print per, r, p, rand() < 0.5 ? "M" : "X", \
		    sprintf("%06d", 10000 + int(rand() * 3000) * 23), \
		    sprintf("%.2f", exp(rand() * 20)), q, u, "USD", \
		    rand() < 0.1 ? "b" : "a"
	}
}' > $T/gen.csv
n=0
for f in $SHARED_SAMPLE tests/bad/corpus/*.csv tests/data/*.csv $T/gen.csv; do
	for by in "all" "period" "reporter,partner" "period --annual" "partner --hs-level 4"; do
		trade-agg --read-with=threads=1 --unknown keep --by $by "$f" > $T/one.out 2> $T/one.err
		a=$?
		trade-agg --read-with=threads=2,block=4096 --unknown keep --by $by "$f" > $T/two.out 2> $T/two.err
		b=$?
		if [ $a != $b ] || ! cmp -s $T/one.out $T/two.out || ! cmp -s $T/one.err $T/two.err; then
			echo "differs: $f --by $by (exit $a, $b)"
			diff $T/one.out $T/two.out | head -3
			diff $T/one.err $T/two.err | head -3
		fi
		n=$((n + 1))
	done
done
# the count grows with ../shared/data; a floor catches a loop that ran nothing
[ "$n" -ge 280 ] && echo "280 or more runs compared" || echo "only $n runs compared"
# the programs on the roll-up
f=$T/gen.csv
for cmd in "trade-share --annual" "trade-share --of product --hs-level 2" "trade-conc --annual" "trade-trend --annual" "trade-trend --each"; do
	$cmd --read-with=threads=1 $f > $T/one.out 2> $T/one.err
	a=$?
	$cmd --read-with=threads=2,block=4096 $f > $T/two.out 2> $T/two.err
	b=$?
	if [ $a != $b ] || ! cmp -s $T/one.out $T/two.out || ! cmp -s $T/one.err $T/two.err; then
		echo "differs: $cmd (exit $a, $b)"
	fi
	echo "$cmd: exit $a, $(wc -l < $T/one.out) lines"
done
# a bad value on line 30,000: the same message, its line included
sed '30000s/,USD,/,US1,/' $T/gen.csv > $T/bad.csv
trade-agg --read-with=threads=2,block=4096 --by period $T/bad.csv > /dev/null 2> $T/bad.err
echo "exit $?"
sed "s|$T/||" $T/bad.err
