# needs: shared
# --memory on the real files ($SHARED_SAMPLE: the first of each folder
# of monthly files) and the bad-input corpus: with the groups on disk
# (64K on one thread, 128K on two), the output, messages (left-out
# counts, refusals, errors with their line) and exit status of the
# roll-up in memory, byte for byte.
n=0
for f in $SHARED_SAMPLE tests/bad/corpus/*.csv; do
	for by in "all" "period" "reporter,partner" "period --annual" "partner --hs-level 4"; do
		trade-agg --read-with=threads=1 --unknown keep --by $by "$f" > $T/mem.out 2> $T/mem.err
		a=$?
		for m in "64K --read-with=threads=1" "128K --read-with=threads=2,block=4096"; do
			trade-agg --memory $m --unknown keep --by $by "$f" > $T/disk.out 2> $T/disk.err
			b=$?
			if [ $a != $b ] || ! cmp -s $T/mem.out $T/disk.out || ! cmp -s $T/mem.err $T/disk.err; then
				echo "differs: $f --by $by --memory $m (exit $a, $b)"
				diff $T/mem.out $T/disk.out | head -3
				diff $T/mem.err $T/disk.err | head -3
			fi
			n=$((n + 1))
		done
	done
done
# the count grows with ../shared/data; a floor catches a loop that ran nothing
[ "$n" -ge 200 ] && echo "200 or more runs compared" || echo "only $n runs compared"
# the largest real file of the sample spills: its groups pass 64K
big=$(ls -S $SHARED_SAMPLE | head -1)
TMPDIR=$T/none trade-agg --memory 64K "$big" > /dev/null 2>&1
echo "largest file, no directory for its runs: exit $?"
TMPDIR=$T/none trade-agg "$big" > /dev/null 2>&1
echo "and without a budget: exit $?"
