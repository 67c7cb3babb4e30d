# A stream read on two threads (blocks of 4 KB after a first chunk of
# 4 KB) gives the one pass's output and messages: from standard input
# and from a gzip file, with header lines repeated mid-file (counted the
# same way with threads as without, from a file too), quoted fields
# that hold a line end across the blocks' cuts, a bad value on line
# 30,000 (the same message, its line included) and a truncated gzip.
gen() { awk -v q=$1 'BEGIN {
	srand(11); OFS = ","
	split("USA CHN DEU RUS KAZ KGZ ARM WLD EU27 FRA", c, " ")
	h = "period,reporter,partner,flow,product,value,quantity,unit,currency,source"
	print h
	for (i = 0; i < 40000; i++) {
		if (i == 12000 || i == 31000)
			print h
		s = rand() < q ? "\"note, \"\"two\"\"\nlines\"" : "a"
		print 2015 + int(rand() * 8), c[1 + int(rand() * 10)], \
		    c[1 + int(rand() * 10)], rand() < 0.5 ? "M" : "X", \
		    sprintf("%06d", 10000 + int(rand() * 3000) * 23), \
		    sprintf("%.2f", exp(rand() * 20)), "", "", "USD", s
	}
}'; }
gen 0.05 > $T/gen.csv
gen 0 > $T/plain.csv
gzip -c $T/gen.csv > $T/gen.csv.gz
one() { "$@" --read-with=threads=1 > $T/one.out 2> $T/one.err; echo $? >> $T/one.err; }
two() { "$@" --read-with=threads=2,block=4096,chunk=4096 > $T/two.out 2> $T/two.err; echo $? >> $T/two.err; }
same() {
	one "$@"; two "$@"
	if cmp -s $T/one.out $T/two.out && cmp -s $T/one.err $T/two.err; then
		echo "same: $(wc -l < $T/one.out) lines, $(sed "s|$T/||" $T/one.err | tr '\n' ' ')"
	else
		echo "differs: $*" | sed "s|$T/||g"
		diff $T/one.out $T/two.out | head -3
		diff $T/one.err $T/two.err | head -3
	fi
}
for by in "period,flow" "reporter,partner,flow" "partner,flow --hs-level 4"; do
	same sh -c "trade-agg --by $by \"\$@\" < $T/gen.csv" -
	same trade-agg --by $by $T/gen.csv.gz
	same trade-agg --by $by $T/gen.csv
done
same trade-load $T/gen.csv
# a file without quotes is cut into ranges: its repeated headers too
same trade-agg --by period,flow $T/plain.csv
same trade-load $T/plain.csv
# a bad value on line 30,000
sed '30000s/,USD,/,US1,/' $T/gen.csv > $T/bad.csv
same sh -c "trade-agg --by period,flow \"\$@\" < $T/bad.csv" -
gzip -c $T/bad.csv > $T/bad.csv.gz
same trade-agg --by period,flow $T/bad.csv.gz
# a gzip cut short
head -c 200000 $T/gen.csv.gz > $T/short.gz
same trade-agg --by period,flow $T/short.gz
# a stray quote on line 20,000 (the blocks after it cannot be cut by
# their quotes): the one pass's error; a quoted field of 10 KB with line
# ends, longer than a block: read whole
sed '20000s/,USD,/,U"SD,/' $T/gen.csv > $T/stray.csv
same sh -c "trade-load \"\$@\" < $T/stray.csv" -
awk 'NR == 9000 {
	for (k = 0; k < 1000; k++)
		s = s "0123456789"
	sub(/,a$/, ",\"" s "\n\"")
} 1' $T/plain.csv > $T/long.csv
same sh -c "trade-load \"\$@\" < $T/long.csv" -
