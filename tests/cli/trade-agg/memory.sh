# Groups past --memory go to sorted runs on disk, merged at the end: the
# output, messages and exit status are those of the roll-up in memory,
# byte for byte, for several --by lists, one thread (64K, the least: a
# few hundred groups a run) and two (128K, 64K each, each thread its own
# runs, read in blocks of 4 KB), rows in a random order and sorted by
# period (the period-by-period path, whose periods spill too), with
# refusals (imports added to exports; EUR and USD in one sum) and with
# --excel.  6,000 generated rows, ~6,000 groups by all keys.
. tests/tools/threads.sh
gen_rows 11 0 6000 > $T/shuf.csv
(head -1 $T/shuf.csv; tail -n +2 $T/shuf.csv | sort -t, -k1,1 -s) > $T/sorted.csv
sed '/^2016,/s/,USD,/,EUR,/' $T/shuf.csv > $T/eur.csv
n=0 bad=0
for f in shuf sorted eur; do
	for by in all period "reporter,partner --total-trade" \
	    "period,product --total-trade" "partner --annual --total-trade" \
	    "reporter,flow --hs-level 4" "product,flow --annual" "reporter,flow"; do
		trade-agg --read-with=threads=1 --by $by $T/$f.csv > $T/mem.out 2> $T/mem.err
		echo $? >> $T/mem.err
		for m in "64K --read-with=threads=1" "128K --read-with=threads=2,block=4096"; do
			trade-agg --memory $m --by $by $T/$f.csv > $T/disk.out 2> $T/disk.err
			echo $? >> $T/disk.err
			n=$((n + 1))
			if ! cmp -s $T/mem.out $T/disk.out || ! cmp -s $T/mem.err $T/disk.err; then
				bad=$((bad + 1))
				echo "differs: $f --by $by --memory $m"
				diff $T/mem.out $T/disk.out | head -3
				diff $T/mem.err $T/disk.err | head -3
			fi
		done
	done
done
echo "$n runs compared, $bad differ"
# Comtrade rows by mode of transport beside their totals (motCode 0),
# keyed by every column in the first stage: left out the same
awk 'BEGIN { srand(5); OFS = ","
	print "period,reporterCode,partnerCode,partner2Code,flowCode,classificationCode,cmdCode,customsCode,motCode,primaryValue"
	split("51 643 268 156 842 276 398 417", c, " ")
	for (i = 0; i < 4000; i++) {
		m = rand()
		print 2018 + int(rand() * 4), c[1 + int(rand() * 8)], \
		    c[1 + int(rand() * 8)], rand() < 0.9 ? 0 : 268, \
		    rand() < 0.5 ? "X" : "M", "H6", \
		    sprintf("%06d", 10000 + int(rand() * 400) * 7), "C00", \
		    m < 0.4 ? 0 : m < 0.7 ? 2100 : 3200, int(rand() * 1000)
	}
}' > $T/bd.csv
for by in all "period,product,flow" "reporter,flow --annual" "period,flow --hs-level 4"; do
	trade-agg --read-with=threads=1 --by $by $T/bd.csv > $T/mem.out 2> $T/mem.err
	for m in "64K --read-with=threads=1" "128K --read-with=threads=2,block=4096"; do
		trade-agg --memory $m --by $by $T/bd.csv > $T/disk.out 2> $T/disk.err
		cmp -s $T/mem.out $T/disk.out && cmp -s $T/mem.err $T/disk.err ||
		    echo "breakdowns differ: --by $by --memory $m"
	done
	echo "breakdowns, --by $by: $(wc -l < $T/mem.out) lines, $(cut -c1-42 $T/mem.err)"
done
# what the refusals said (the same with a budget, above)
trade-agg --memory 64K --by period $T/shuf.csv 2>&1 >/dev/null | sed "s|$T/||"
trade-agg --memory 64K --by reporter,flow $T/eur.csv 2>&1 >/dev/null | sed "s|$T/||"
# --excel: one BOM, at the start
trade-agg --excel $T/shuf.csv > $T/mem.out
trade-agg --excel --memory 64K $T/shuf.csv | cmp - $T/mem.out && echo "excel: same, $(wc -l < $T/mem.out) lines"
# standard input (one pass, or blocks on threads)
trade-agg < $T/shuf.csv > $T/a.out
trade-agg --memory 64K < $T/shuf.csv | cmp - $T/a.out && echo "stdin: same"
trade-agg --memory 128K --read-with=threads=2,block=4096 < $T/shuf.csv | cmp - $T/a.out && echo "stdin, 2 threads: same"
# the runs are on disk: a directory that cannot hold them is an error
# (exit 1) that names it; without a budget, nothing goes there
mkdir $T/tmp
TMPDIR=$T/none trade-agg --memory 64K $T/shuf.csv > /dev/null 2> $T/none.err
echo "no directory: exit $?"
sed "s|$T/||" $T/none.err
TMPDIR=$T/none trade-agg $T/shuf.csv | cmp - $T/a.out && echo "no budget: same, no temporary"
# a disk that cannot take the runs (a file size limit here, as a full
# disk would) is the same error
( trap "" XFSZ; ulimit -f 64; TMPDIR=$T/tmp exec trade-agg --memory 64K $T/shuf.csv > /dev/null 2> $T/full.err ); echo "file size limit: exit $?"
sed "s|$T/||" $T/full.err
# nothing left behind: after a success, a refusal, a read error
TMPDIR=$T/tmp trade-agg --memory 64K $T/shuf.csv > /dev/null
TMPDIR=$T/tmp trade-agg --memory 64K --by period $T/shuf.csv > /dev/null 2>&1
sed '5900s/,USD,/,US1,/' $T/shuf.csv > $T/bad.csv
TMPDIR=$T/tmp trade-agg --memory 64K $T/bad.csv > /dev/null 2> $T/bad.err
echo "bad row: exit $?"
sed "s|$T/||" $T/bad.err
echo "temporaries left: $(ls $T/tmp | wc -l | tr -d ' ')"
# too small a budget, or not a size: usage errors
trade-agg --memory 63K $T/shuf.csv; echo "exit $?"
trade-agg --memory 1X $T/shuf.csv; echo "exit $?"
trade-agg --memory '' $T/shuf.csv; echo "exit $?"
# TERM while groups are on disk: the output goes to a FIFO nobody
# reads, so the program waits there writing the merged groups (/proc
# says when); its runs are open files without a name then, and nothing
# is left after the signal
. tests/tools/await.sh
mkfifo $T/out.fifo
exec 3<> $T/out.fifo
TMPDIR=$T/tmp trade-agg --memory 64K $T/shuf.csv > $T/out.fifo & pid=$!
await idle $pid || echo "not waiting on its output"
ls -l /proc/$pid/fd 2>/dev/null | grep -q 'tradestat-spill.*(deleted)' && echo "runs on disk, unnamed"
echo "temporaries named: $(ls $T/tmp | wc -l | tr -d ' ')"
kill -TERM $pid; wait $pid 2>/dev/null; echo "exit $?"
exec 3<&-
echo "temporaries left: $(ls $T/tmp | wc -l | tr -d ' ')"
