# Sums are exact (decimal fixed point, the digits of the text): the same
# rows shuffled, on one thread or two, in blocks of 4 KB or 64 KB, give
# the same bytes; and a sum past 15 digits is the sum of the cents, which
# a double would round (30,000 generated rows, values with cents).
awk 'BEGIN {
	srand(11); OFS = ","
	split("USA CHN DEU RUS KAZ KGZ ARM FRA", c, " ")
	print "period,reporter,partner,flow,product,value,quantity,unit,currency,source"
	for (i = 0; i < 30000; i++)
		print 2015 + int(rand() * 8), c[1 + int(rand() * 8)], \
		    c[1 + int(rand() * 8)], rand() < 0.5 ? "M" : "X", \
		    sprintf("%06d", 10000 + int(rand() * 40) * 23), \
		    sprintf("%.2f", exp(rand() * 25)), \
		    sprintf("%.3f", rand() * 1000), "kg", "USD", "a"
}' > $T/a.csv
{ head -1 $T/a.csv; tail -n +2 $T/a.csv |
    awk 'BEGIN { srand(5) } { printf "%.9f\t%s\n", rand(), $0 }' | sort |
    cut -f2-; } > $T/b.csv
for by in all period,flow reporter,flow; do
	trade-agg --read-with=threads=1 --by $by $T/a.csv > $T/one.out
	for rw in threads=1 threads=2,block=4096 threads=2,block=65536; do
		trade-agg --read-with=$rw --by $by $T/b.csv > $T/x.out
		cmp -s $T/one.out $T/x.out && r="the same bytes" || r=differs
		echo "--by $by, shuffled, $rw: $r ($(wc -l < $T/x.out) lines)"
	done
done
# the totals by flow in cents, as integers (below 2^53, exact in awk)
awk -F, 'NR > 1 { v = $6; sub(/\./, "", v); c[$4] += v }
    END { for (f in c) {
	s = sprintf("%.0f.%02d", int(c[f] / 100), c[f] - int(c[f] / 100) * 100)
	sub(/0+$/, "", s); sub(/\.$/, "", s); print f "," s } }' $T/a.csv |
    sort > $T/cents
trade-agg -q --by flow $T/b.csv | cut -d, -f4,6 | tail -n +2 > $T/agg
cat $T/agg
cmp -s $T/cents $T/agg && echo "the sums of the cents" || diff $T/cents $T/agg
