# Rows sorted by period go through a temporary file: the output is the
# table's, byte for byte (standard input always takes the table), with
# --excel (one BOM, at the start) and when the temporary cannot hold the
# groups (a file size limit here, as a full disk would; the output goes
# through a pipe, which the limit does not cover): the table then, not
# a failure.
awk 'BEGIN { print "period,reporter,partner,flow,product,value"
    for (y = 2020; y < 2023; y++) for (i = 0; i < 3000; i++)
	printf "%d,USA,CHN,M,%06d,%d\n", y, 100000 + i, i }' > $T/sorted.csv
trade-agg --excel --by period,product $T/sorted.csv > $T/file.out
trade-agg --excel --by period,product < $T/sorted.csv > $T/stdin.out
cmp $T/file.out $T/stdin.out && echo "excel: same, $(wc -l < $T/file.out) lines"
( trap "" XFSZ; ulimit -f 64; exec trade-agg --by period,product $T/sorted.csv ) 2> $T/limit.err | cat > $T/limit.out
echo "limit: $(wc -c < $T/limit.err | tr -d " ") bytes on stderr"
trade-agg --by period,product < $T/sorted.csv | cmp - $T/limit.out && echo "limit: same"
cat $T/limit.err
