# needs: shared
# trade-filter on two threads (files cut into blocks of 4 KB here, so that
# even small files are cut) writes what one thread writes, byte for byte,
# in the input's order: output, messages and exit status, on the real
# files ($SHARED_SAMPLE: the first of each folder of monthly files), the
# bad-input corpus and a generated file of 40,000 rows.  At the
# first block the threads cannot take (quotes, bytes beyond ASCII, a bad
# row) the rest is read in one pass: the rows before it are written once,
# and an error names its line as one pass does.
awk 'BEGIN {
	srand(11); OFS = ","
	split("USA CHN DEU RUS KAZ KGZ ARM WLD EU27 FRA", c, " ")
	print "period,reporter,partner,flow,product,value,quantity,unit,currency,source"
	for (i = 0; i < 40000; i++)
		print sprintf("%d-%02d", 2019 + int(rand() * 5), 1 + int(rand() * 12)), \
		    c[1 + int(rand() * 10)], c[1 + int(rand() * 10)], \
		    rand() < 0.5 ? "M" : "X", \
		    sprintf("%06d", 10000 + int(rand() * 3000) * 23), \
		    sprintf("%.2f", exp(rand() * 20)), int(rand() * 1000), "kg", "USD", "g"
}' > $T/gen.csv
# a quoted source on line 25,000; a bad value on line 30,000
sed '25000s/,g$/,"g, quoted"/' $T/gen.csv > $T/quoted.csv
sed '30000s/,USD,/,US1,/' $T/gen.csv > $T/bad.csv
n=0
for f in $SHARED_SAMPLE tests/bad/corpus/*.csv tests/data/*.csv $T/gen.csv $T/quoted.csv $T/bad.csv; do
	for opts in "--product 8542" "--product 8703,0101" "--reporter USA,RUS" "--partner CHN --flow M" "--period 2021..2022" "--exclude-aggregates --skip-bad"; do
		trade-filter --read-with=threads=1 --unknown keep $opts "$f" > $T/one.out 2> $T/one.err
		a=$?
		trade-filter --read-with=threads=2,block=4096 --unknown keep $opts "$f" > $T/two.out 2> $T/two.err
		b=$?
		if [ $a != $b ] || ! cmp -s $T/one.out $T/two.out || ! cmp -s $T/one.err $T/two.err; then
			echo "differs: $f $opts (exit $a, $b)"
			diff $T/one.out $T/two.out | head -3
			diff $T/one.err $T/two.err | head -3
		fi
		n=$((n + 1))
	done
done
# the count grows with ../shared/data; a floor catches a loop that ran nothing
[ "$n" -ge 350 ] && echo "350 or more runs compared" || echo "only $n runs compared"
for f in gen quoted bad; do
	trade-filter --read-with=threads=2,block=4096 --reporter USA $T/$f.csv > $T/out.csv 2> $T/err
	echo "$f: exit $?, $(wc -l < $T/out.csv) lines"
	sed "s|$T/||" $T/err
done
# with -o, an error leaves nothing behind
trade-filter --read-with=threads=2,block=4096 --reporter USA -o $T/o.csv $T/bad.csv 2> /dev/null
echo "exit $?, $(ls $T | grep -c '^o\.csv')"
