# needs: shared
# Standard input read on two threads, in blocks
# of 4 KB after a first chunk of 4 KB, gives what one pass gives, byte
# for byte: output, messages (left-out counts, bytes read as cp1252,
# repeated headers, errors with their line, the rows written before an
# error) and exit status, on every real file, the bad-input corpus and
# the format excerpts: the roll-up, and trade-load and trade-filter,
# whose blocks are written in order.
# The real files are $SHARED_SAMPLE (tests/run.sh): the folders of
# monthly files give their first file.
n=0
for f in $SHARED_SAMPLE tests/bad/corpus/*.csv tests/data/*.csv tests/data/formats/*; do
	for cmd in "trade-agg --by all" "trade-agg --by period" \
	    "trade-agg --by partner --hs-level 4" "trade-load" \
	    "trade-filter --flow M --product 85"; do
		$cmd --read-with=threads=1 --unknown keep < "$f" > $T/one.out 2> $T/one.err
		a=$?
		$cmd --read-with=threads=2,block=4096,chunk=4096 --unknown keep < "$f" > $T/two.out 2> $T/two.err
		b=$?
		if [ $a != $b ] || ! cmp -s $T/one.out $T/two.out || ! cmp -s $T/one.err $T/two.err; then
			echo "differs: $f $cmd (exit $a, $b)"
			diff $T/one.out $T/two.out | head -3
			diff $T/one.err $T/two.err | head -3
		fi
		n=$((n + 1))
	done
done
# the count grows with ../shared/data; a floor catches a loop that ran nothing
[ "$n" -ge 350 ] && echo "350 or more runs compared" || echo "only $n runs compared"
