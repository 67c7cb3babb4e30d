# needs: shared
# trade-load on two threads (files cut into blocks of 4 KB here) writes
# what one thread writes, byte for byte, output, messages and exit status:
# every real file, with and without --names, BACI with its country file,
# and the bad-input corpus (where one pass takes over at the first block
# the threads cannot take).
n=0
for f in ../shared/data/*/*.csv ../shared/data/*/*/*.csv tests/bad/corpus/*.csv tests/data/*.csv; do
	for opts in "--unknown keep" "--names --skip-bad" "--countries ../shared/data/baci/country_codes_V202501.csv"; do
		trade-load --read-with=threads=1 $opts "$f" > $T/one.out 2> $T/one.err
		a=$?
		trade-load --read-with=threads=2,block=4096 $opts "$f" > $T/two.out 2> $T/two.err
		b=$?
		if [ $a != $b ] || ! cmp -s $T/one.out $T/two.out || ! cmp -s $T/one.err $T/two.err; then
			echo "differs: $f $opts (exit $a, $b)"
			diff $T/one.err $T/two.err | head -3
		fi
		n=$((n + 1))
	done
done
# the count grows with ../shared/data; a floor catches a loop that ran nothing
[ "$n" -ge 1300 ] && echo "1300 or more runs compared" || echo "only $n runs compared"
f=../shared/data/baci/baci_85_only.csv
trade-load --read-with=threads=2,block=4096 --countries ../shared/data/baci/country_codes_V202501.csv $f | wc -l
