# threads.sh - sourced by the cases that compare a read on two threads
# with the one pass: the same output, messages and exit status, byte for
# byte.
#
# gen_rows SEED NOTES ROWS [AT...]: ROWS canonical trade rows of ten
# countries, years 2015-2022, HS 6 codes and values over eight orders of
# magnitude, from awk's srand(SEED); a share NOTES of their sources is
# a quoted field that holds a comma, quotes and a line end; the header
# comes first, and again before each row number AT (from 0).
gen_rows() {
	_g_seed=$1 _g_q=$2 _g_n=$3
	shift 3
	awk -v seed="$_g_seed" -v q="$_g_q" -v n="$_g_n" -v at="$*" 'BEGIN {
		srand(seed); OFS = ","
		split("USA CHN DEU RUS KAZ KGZ ARM WLD EU27 FRA", c, " ")
		split(at, a, " ")
		for (k in a)
			again[a[k]] = 1
		h = "period,reporter,partner,flow,product,value,quantity,unit,currency,source"
		print h
		for (i = 0; i < n; i++) {
			if (i in again)
				print h
			s = rand() < q ? "\"note, \"\"two\"\"\nlines\"" : "a"
			print 2015 + int(rand() * 8), c[1 + int(rand() * 10)], \
			    c[1 + int(rand() * 10)], rand() < 0.5 ? "M" : "X", \
			    sprintf("%06d", 10000 + int(rand() * 3000) * 23), \
			    sprintf("%.2f", exp(rand() * 20)), "", "", "USD", s
		}
	}'
}
# same CMD [ARG...]: CMD ARG... --read-with=threads=1 and on two threads
# in blocks of 4 KB after a first chunk of 4 KB ($T/one.* and $T/two.*:
# the output, then the messages with the exit status after them); says
# "same:" with the lines and the messages, or "differs:" with the first
# differences (and returns 1)
same() {
	"$@" --read-with=threads=1 > $T/one.out 2> $T/one.err
	echo $? >> $T/one.err
	"$@" --read-with=threads=2,block=4096,chunk=4096 > $T/two.out \
	    2> $T/two.err
	echo $? >> $T/two.err
	if cmp -s $T/one.out $T/two.out && cmp -s $T/one.err $T/two.err; then
		echo "same: $(wc -l < $T/one.out) lines," \
		    "$(sed "s|$T/||" $T/one.err | tr '\n' ' ')"
		return 0
	fi
	echo "differs: $*" | sed "s|$T/||g"
	diff $T/one.out $T/two.out | head -3
	diff $T/one.err $T/two.err | head -3
	return 1
}
