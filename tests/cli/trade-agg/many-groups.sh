# Many groups (f's shape: every key kept, a group a row or a few): 200,000
# rows of 120,000 keys, a third of them three times (again in the second
# part of the file, so that several threads hold the key), past the
# 65,536 cells at which a thread's table is shared out among partitions
# by hash.  Any thread count gives the bytes of one thread; the sums of
# the keys seen three times are the sums of their rows.
awk 'BEGIN {
	OFS = ","
	split("USA CHN DEU RUS KAZ KGZ ARM FRA JPN IND", c, " ")
	print "period,reporter,partner,flow,product,value,quantity,unit,currency,source"
	for (i = 0; i < 200000; i++) {
		k = i < 120000 ? i : (i - 120000) * 3 % 120000
		print 2015 + k % 6, c[1 + int(k / 6) % 10], \
		    c[1 + int(k / 60) % 10], int(k / 600) % 2 ? "X" : "M", \
		    sprintf("%06d", 10000 + int(k / 1200) * 7), \
		    sprintf("%d.%02d", k * 7 % 100000, i % 100), \
		    k % 50, "kg", "USD", i < 120000 ? "a" : "b"
	}
}' > $T/many.csv
by=period,reporter,partner,product,flow
trade-agg -q --read-with=threads=1 --by $by $T/many.csv > $T/one.out
echo "$(($(wc -l < $T/one.out) - 1)) groups"
for rw in threads=2 threads=2,block=65536 threads=3,block=65536 threads=4,block=32768; do
	trade-agg -q --read-with=$rw --by $by $T/many.csv > $T/x.out
	cmp -s $T/one.out $T/x.out && r="the same bytes" || r=differs
	echo "$rw: $r"
done
# rows per group, and the sources of the groups seen twice
cut -d, -f10,11 $T/one.out | sort | uniq -c
# k = 0 (rows 1, 120,001, 160,001) sums 0.00 three times; k = 3 (rows 4,
# 120,002, 160,002): 21.03 + 21.01 + 21.01, quantities 3 + 3 + 3
grep -E '^2015,USA,USA,M,010000,|^2018,USA,USA,M,010000,' $T/one.out
