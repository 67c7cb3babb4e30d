# a file that ends with the marker fails every program, whichever way its
# lines are read: one pass, two threads on blocks of 4 KB (the block with
# the marker declines), every line through libcsv, trade-filter --product
# (which skips lines without the code unread, but never the marker), and
# --skip-bad (which skips bad rows, not the marker); -o makes no file
mkdir $T/claims && cp data/claims/seeds.csv $T/claims/seeds.csv
cd $T
awk 'BEGIN { print "period,reporter,partner,flow,product,value";
    for (i = 2; i <= 20000; i++)
        if (i == 10001) print "2023,RUS,CHN,M,8542,12.5x";
        else printf "2023,RUS,%s,M,%s,%d\n", i % 3 ? "CHN" : "KAZ", i % 2 ? "8542" : "8703", i }' > big.csv
trade-filter big.csv > part.csv 2>/dev/null; echo "trade-filter: exit $?, $(wc -l < part.csv) lines"
for rw in threads=1 threads=2,block=4096 no-fast,no-prefilter; do
	for prog in "trade-load" "trade-load --skip-bad" "trade-filter --product 8542" "trade-filter --product 8703 --skip-bad" \
	    "trade-agg --by partner" "trade-share" "trade-conc" "trade-trend" "trade-mirror" \
	    "trade-claim claims/seeds.csv"; do
		$prog --read-with=$rw part.csv > out.txt 2> err.txt; rc=$?
		echo "$prog --read-with=$rw: exit $rc; $(cat err.txt)"
		echo "  last line: $(tail -1 out.txt)"
		$prog --read-with=$rw -o o.csv part.csv 2>/dev/null
		[ -e o.csv ] && echo "  o.csv made"
	done
done
trade-plot line --script part.csv | tail -1
trade-xlsx -o w.xlsx part.csv; echo "trade-xlsx: exit $?"
trade-plot line -o p.png part.csv; echo "trade-plot: exit $?"
ls | grep -vx claims
