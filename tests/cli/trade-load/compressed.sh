# gzip, bzip2 and xz told by their first bytes, not by a name, from a file
# and from standard input: the rows of the plain file
trade-load tests/data/formats/comtrade.csv > $T/plain.out
for z in gzip bzip2 xz; do
	$z -c tests/data/formats/comtrade.csv > $T/data.csv
	trade-load $T/data.csv | cmp - $T/plain.out && echo "$z file: same rows"
	$z -c tests/data/formats/comtrade.csv | trade-load | cmp - $T/plain.out &&
	    echo "$z stdin: same rows"
done
trade-load $T/data.csv | trade-agg --by period
