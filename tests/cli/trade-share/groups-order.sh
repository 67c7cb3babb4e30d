# Many groups, some of one member and some of ten, with equal values
# within a group: for each --of, the rows come group by group (the keys
# but the member's, in order), largest value first, equal values by the
# member's code, as sort(1) orders them; and so do trade-conc's groups.
# The same on two threads as on one (tests/tools/threads.sh).
. tests/tools/threads.sh
awk 'BEGIN {
	srand(11); OFS = ","
	split("USA CHN DEU RUS KAZ KGZ ARM FRA TUR IND", c, " ")
	split("854290 854231 870323 870321 854232 020130", p, " ")
	print "period,reporter,partner,flow,product,value,quantity,unit,currency,source"
	for (i = 0; i < 6000; i++)
		print 2015 + int(rand() * 8), c[1 + int(rand() * 10)], \
		    c[1 + int(rand() * 10)], rand() < 0.5 ? "M" : "X", \
		    p[1 + int(rand() * 6)], 2.385 * (1 + int(rand() * 4)), \
		    "", "", "USD", "a"
}' > $T/rows.csv
for of in partner:3 reporter:2 product:5; do
	m=${of#*:} of=${of%:*}
	# the keys but the member's, the value largest first, the member
	k=$(for f in 1 2 3 4 5; do [ $f = $m ] || printf -- '-k%d,%d ' $f $f; done)
	trade-share -q --of $of $T/rows.csv | tail -n +2 > $T/out.csv
	sort -t, -s $k -k6,6gr -k$m,$m $T/out.csv > $T/sorted.csv
	if cmp -s $T/out.csv $T/sorted.csv; then
		awk -F, -v m=$m -v of=$of '{
			k = ""
			for (f = 1; f <= 5; f++)
				if (f != m)
					k = k "," $f
			if (k != last)
				g++
			last = k
			n[k]++
			if (n[k] > big)
				big = n[k]
			if ($6 == v && k == vk)
				ties++
			v = $6; vk = k
		} END {
			print of ": " NR " rows in order, " g " groups of 1 to " \
			    big ", " ties " equal values beside each other"
		}' $T/out.csv
	else
		echo "$of: out of order"
		diff $T/out.csv $T/sorted.csv | head -4
	fi
	same trade-share --of $of $T/rows.csv
	same trade-conc --of $of $T/rows.csv
done
