# Standard input that is a regular file (`prog < FILE`) is cut into
# ranges as a named file is, on two threads in blocks of 4 KB: trade-agg,
# trade-load and trade-filter give what one pass gives and what the file
# named gives, byte for byte (output, messages, exit status).  Then the
# inputs that are not for ranges: a FIFO, /dev/null, an empty file, a
# gzip file, standard input read from past its start; and a roll-up
# that reads it again.
. tests/tools/threads.sh
gen_rows 7 0 20000 9000 > $T/plain.csv
gen_rows 7 0.02 20000 > $T/quoted.csv
# rows that hold 8542 in other fields than the product (value, partner
# note, a product that ends or starts with it but is another code) must
# be parsed and left out, never skipped for the wrong reason or kept
awk -F, -v OFS=, 'NR > 1 && NR % 97 == 0 { $6 = "8542.5" }
	NR > 1 && NR % 89 == 0 { $5 = "085420" }
	NR > 1 && NR % 83 == 0 { $5 = "854200"; $10 = "8542" }
	NR > 1 && NR % 101 == 0 { $5 = "854231" } 1' $T/plain.csv > $T/look.csv
for f in plain quoted look; do
	for cmd in "trade-agg --by period,flow" "trade-load" \
	    "trade-filter --product 8542" "trade-filter --product 85 --flow M"; do
		same sh -c 'f=$1; shift; '"$cmd"' "$@" - < "$f"' x $T/$f.csv
		same sh -c 'f=$1; shift; '"$cmd"' "$@" < "$f"' x $T/$f.csv
		$cmd --read-with=threads=2,block=4096,chunk=4096 $T/$f.csv \
		    > $T/named.out 2> $T/named.err
		echo $? >> $T/named.err
		cmp -s $T/named.out $T/two.out && cmp -s $T/named.err $T/two.err ||
		    echo "differs from the named file: $f $cmd"
	done
done
# the rows of 8542 in look.csv, counted by awk, are those kept
n=$(awk -F, 'NR > 1 && $5 ~ /^8542/' $T/look.csv | wc -l)
k=$(trade-filter --product 8542 --read-with=threads=2,block=4096 \
    < $T/look.csv | awk 'NR > 1' | wc -l)
echo "8542: $n rows by awk, $k kept"
# a product no row has: the message counts every row, read again
same sh -c 'trade-filter --product 999998 "$@" < '$T/look.csv
# a bad value on line 15,000: the one pass's message and line
sed '15000s/,USD,/,US1,/' $T/plain.csv > $T/bad.csv
same sh -c 'trade-agg --by period "$@" < '$T/bad.csv
same sh -c 'trade-load "$@" < '$T/bad.csv
# not a file of ranges: a FIFO, /dev/null, an empty file, gzip
mkfifo $T/fifo
for cmd in "trade-agg --by period" "trade-load" "trade-filter --product 85"; do
	cat $T/plain.csv > $T/fifo &
	$cmd --read-with=threads=2,block=4096,chunk=4096 < $T/fifo \
	    2> /dev/null | cksum
	wait
	$cmd --read-with=threads=2,block=4096 < /dev/null 2>&1; echo "exit $?"
	: > $T/empty.csv
	$cmd --read-with=threads=2,block=4096 < $T/empty.csv 2>&1
	echo "exit $?"
done
gzip -c $T/plain.csv > $T/plain.csv.gz
same sh -c 'trade-agg --by period,flow "$@" < '$T/plain.csv.gz
# standard input past its start (the header read by the shell): read
# from there, as one pass reads it
same sh -c '{ read -r h; trade-agg --by period,flow "$@"; } < '$T/plain.csv
# a roll-up refused after its rows (flows mixed): the one pass reads
# standard input again from its start to say why
same sh -c 'trade-agg --by period "$@" < '$T/plain.csv
