# needs: shared
# trade-agg over the IMF file in two halves, then over the two outputs,
# equals one pass over the whole file: the same rows, the same counts, and
# values equal to the last bit (sums are exact, in decimal fixed point,
# and a half's sum of more than 15 significant digits, such as
# 1086368085.13640076, is read back as its digits, not as a double).
trade-load ../shared/data/imf-imts-russia/RU_trade.csv > $T/all.csv
n=$(wc -l < $T/all.csv)
head -n $((n / 2)) $T/all.csv > $T/a.csv
{ head -1 $T/all.csv; tail -n +$((n / 2 + 1)) $T/all.csv; } > $T/b.csv
for by in all period,flow reporter,partner; do
	trade-agg -q --total-trade --by $by $T/a.csv > $T/a.out
	trade-agg -q --total-trade --by $by $T/b.csv > $T/b.out
	trade-agg -q --total-trade --by $by $T/a.out $T/b.out > $T/two.csv
	trade-agg -q --total-trade --by $by $T/all.csv > $T/one.csv
	cut -d, -f1-5,7- $T/one.csv > $T/one.keys
	cut -d, -f1-5,7- $T/two.csv > $T/two.keys
	cmp $T/one.keys $T/two.keys &&
	paste -d, $T/one.csv $T/two.csv | awk -F, -v by=$by 'NR > 1 {
		a = $6; b = $(6 + 11); d = a - b; if (d < 0) d = -d
		if (a != b) ne++
		if (d > 1e-15 * a) { bad++; print "differs:", $0 } }
	    END { printf "%s: %d rows, %d values equal to the last bit, %d within 1e-15 relative\n", by, NR - 1, NR - 1 - ne, NR - 1 - bad }'
done
