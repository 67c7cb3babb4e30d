# The order of the groups, whatever the order of the rows: 30,000 rows
# of 20,000 keys in a scrambled order, HS codes of 2 to 10 digits, codes
# that differ only by their length (01, 0100, 010000) and TOTAL, months
# and years, on one thread and on two in small blocks.  The output is
# sorted by period, reporter, partner and product as sort(1) sorts the
# text, and is the same bytes on any thread count.
awk 'BEGIN {
	OFS = ","
	split("USA CHN DEU RUS KAZ KGZ ARM FRA JPN IND", c, " ")
	split("01 0100 010000 01000000 0100000000 85 8542 854231 85423100 " \
	    "8542310010 TOTAL 9 99 999999", p, " ")
	print "period,reporter,partner,flow,product,value,quantity,unit,currency,source"
	for (i = 0; i < 30000; i++) {
		k = i * 7919 % 20000
		per = k % 3 ? 2015 + k % 5 : sprintf("2021-%02d", 1 + k % 12)
		print per, c[1 + int(k / 5) % 10], c[1 + int(k / 50) % 10], \
		    "X", p[1 + int(k / 500) % 14], sprintf("%d.%02d", k, i % 100), \
		    "", "", "USD", "a"
	}
}' > $T/order.csv
by=period,reporter,partner,product,flow
trade-agg -q --read-with=threads=1 --by $by $T/order.csv > $T/one.out
echo "$(($(wc -l < $T/one.out) - 1)) groups"
tail -n +2 $T/one.out | sort -t, -k1,1 -k2,2 -k3,3 -k5,5 -s > $T/sorted
tail -n +2 $T/one.out | cmp -s - $T/sorted && echo "in order" ||
    echo "out of order"
for rw in threads=2 threads=2,block=16384 threads=3,block=8192; do
	trade-agg -q --read-with=$rw --by $by $T/order.csv > $T/x.out
	cmp -s $T/one.out $T/x.out && r="the same bytes" || r=differs
	echo "$rw: $r"
done
# the products of one reporter, partner and year, in order
grep '^2016,CHN,USA,' $T/one.out | cut -d, -f5 | tr '\n' ' '
echo
