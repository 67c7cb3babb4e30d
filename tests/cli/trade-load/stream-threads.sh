# A stream (a pipe) read on two threads (blocks of 4 KB after a first chunk of
# 4 KB) gives the one pass's output and messages: from standard input
# and from a gzip file, with header lines repeated mid-file (counted the
# same way with threads as without, from a file too), quoted fields
# that hold a line end across the blocks' cuts, a bad value on line
# 30,000 (the same message, its line included) and a truncated gzip.
. tests/tools/threads.sh
gen_rows 11 0.05 40000 12000 31000 > $T/gen.csv
gen_rows 11 0 40000 12000 31000 > $T/plain.csv
gzip -c $T/gen.csv > $T/gen.csv.gz
for by in "period,flow" "reporter,partner,flow" "partner,flow --hs-level 4"; do
	same sh -c "cat $T/gen.csv | trade-agg --by $by \"\$@\"" -
	same trade-agg --by $by $T/gen.csv.gz
	same trade-agg --by $by $T/gen.csv
done
same trade-load $T/gen.csv
# a file without quotes is cut into ranges: its repeated headers too
same trade-agg --by period,flow $T/plain.csv
same trade-load $T/plain.csv
# a bad value on line 30,000
sed '30000s/,USD,/,US1,/' $T/gen.csv > $T/bad.csv
same sh -c "cat $T/bad.csv | trade-agg --by period,flow \"\$@\"" -
gzip -c $T/bad.csv > $T/bad.csv.gz
same trade-agg --by period,flow $T/bad.csv.gz
# a gzip cut short
head -c 200000 $T/gen.csv.gz > $T/short.gz
same trade-agg --by period,flow $T/short.gz
# a stray quote on line 20,000 (the blocks after it cannot be cut by
# their quotes): the one pass's error; a quoted field of 10 KB with line
# ends, longer than a block: read whole
sed '20000s/,USD,/,U"SD,/' $T/gen.csv > $T/stray.csv
same sh -c "cat $T/stray.csv | trade-load \"\$@\"" -
awk 'NR == 9000 {
	for (k = 0; k < 1000; k++)
		s = s "0123456789"
	sub(/,a$/, ",\"" s "\n\"")
} 1' $T/plain.csv > $T/long.csv
same sh -c "cat $T/long.csv | trade-load \"\$@\"" -
