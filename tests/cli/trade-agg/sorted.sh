# Rows sorted by period (BACI's files are, by year) are summed period by
# period, each period's groups written before the next period is read;
# any other order is read again into one table.  (On several threads
# only a --by with product is summed so: threads=1 here, for every --by.)
# Both give the same bytes, messages and exit status as the table alone
# (standard input, which is never read twice): sorted rows (in any order
# within a period); one row of another period out of place at the start,
# the middle and the end; a refusal in the middle of sorted rows; a
# roll-up with months read again; 20,000 generated rows with aggregates,
# two sources and quantities in two units.
awk 'BEGIN {
	srand(13); OFS = ","
	split("USA CHN DEU RUS KAZ KGZ ARM WLD EU27 FRA", c, " ")
	print "period,reporter,partner,flow,product,value,quantity,unit,currency,source"
	for (i = 0; i < 20000; i++) {
		q = rand() < 0.2 ? "" : int(rand() * 1000)
		u = q == "" ? "" : (rand() < 0.5 ? "kg" : "u")
		print 2015 + int(i / 2500), c[1 + int(rand() * 10)], \
		    c[1 + int(rand() * 10)], rand() < 0.5 ? "M" : "X", \
		    sprintf("%06d", 10000 + int(rand() * 300) * 23), \
		    sprintf("%.2f", exp(rand() * 20)), q, u, "USD", \
		    rand() < 0.1 ? "b" : "a"
	}
}' > $T/sorted.csv
# line 2 is 2015's first row, line 12000 2019's, the last 2022's
{ head -1 $T/sorted.csv; sed -n 12000p $T/sorted.csv;
    sed '1d;12000d' $T/sorted.csv; } > $T/start.csv
{ sed -n '1,9000p' $T/sorted.csv; sed -n '$p' $T/sorted.csv;
    sed '1,9000d;$d' $T/sorted.csv; } > $T/middle.csv
{ sed 12000d $T/sorted.csv; sed -n 12000p $T/sorted.csv; } > $T/end.csv
sed '15000s/,USD,/,EUR,/' $T/sorted.csv > $T/refused.csv
awk 'BEGIN {
	OFS = ","
	print "period,reporter,partner,flow,product,value,quantity,unit,currency,source"
	for (m = 0; m < 24; m++)
		for (i = 0; i < 30; i++)
			printf "%d-%02d,%s,DEU,X,TOTAL,%d,,,USD,a\n", 2019 + \
			    int(m / 12), m % 12 + 1, i % 3 ? "CHN" : "USA", \
			    1000 + m * 7 + i
}' > $T/monthly.csv
trade-agg --annual --by period,reporter $T/monthly.csv > $T/months.csv
for f in sorted start middle end refused months; do
	for by in all period period,reporter,partner period,product \
	    period,flow "period --total-trade"; do
		trade-agg --read-with=threads=1 --by $by $T/$f.csv \
		    > $T/file.out 2> $T/file.err
		a=$?
		trade-agg --by $by < $T/$f.csv > $T/stdin.out 2> $T/stdin.err
		b=$?
		sed -i "s|$T/$f.csv|<stdin>|" $T/file.out $T/file.err
		if [ $a != $b ] || ! cmp -s $T/file.out $T/stdin.out ||
		    ! cmp -s $T/file.err $T/stdin.err; then
			echo "differs: $f --by $by (exit $a, $b)"
			diff $T/file.out $T/stdin.out | head -3
			diff $T/file.err $T/stdin.err | head -3
		else
			echo "$f --by $by: exit $a, $(wc -l < $T/file.out)" \
			    "lines, $(wc -l < $T/file.err) messages"
		fi
	done
done
# the refusal in sorted rows names its row
trade-agg --read-with=threads=1 --by period,flow $T/refused.csv \
    > /dev/null 2> $T/refused.err
echo "exit $?"
sed "s|$T/||" $T/refused.err
