# needs: shared
# The stream (input in the roll-up's order, summed a period at a time)
# against the table (--table), byte for byte in output, messages and
# exit status, on trade-agg's output of every file in ../shared/data
# (the folders of monthly files each summed as one roll-up of all its
# files) and of the bad-input corpus: from the file, from a pipe, with
# the rows shuffled (header kept), which the table reads, and for each
# --of.
cmp3() {	# name: the run in $T/s.* against the table's in $T/t.*
	if [ "$(cat $T/s.rc)" != "$(cat $T/t.rc)" ] ||
	    ! cmp -s $T/s.out $T/t.out || ! cmp -s $T/s.err $T/t.err; then
		echo "differs: $1 (exit $(cat $T/t.rc), $(cat $T/s.rc))"
		diff $T/t.out $T/s.out | head -3
		diff $T/t.err $T/s.err | head -3
	fi
	n=$((n + 1))
}
shuffle() {	# the rows of $1 in another order, its header first
	head -1 "$1"
	awk 'NR > 1 { printf "%d\t%s\n", (NR * 7919) % 1000003, $0 }' "$1" |
	    sort -n | cut -f 2-
}
inputs() {	# one line per roll-up: its files
	for d in $(find ../shared/data -type d | sort); do
		set -- $(ls $d/*.csv $d/*.json $d/*.xlsx 2> /dev/null)
		if [ $# -gt 20 ]; then
			echo "$@"
		else
			for f in "$@"; do echo "$f"; done
		fi
	done
	for f in tests/bad/corpus/*.csv; do echo "$f"; done
}
n=0
sums=0
files=0
inputs > $T/inputs
while read -r fs; do
	files=$((files + $(echo $fs | wc -w)))
	# the rows themselves, in their own format and order
	trade-conc --table $fs > $T/t.out 2> $T/t.err; echo $? > $T/t.rc
	trade-conc $fs > $T/s.out 2> $T/s.err; echo $? > $T/s.rc
	cmp3 "${fs%% *}, its rows"
	trade-agg -q $fs > $T/all.csv 2> /dev/null
	if [ $? != 0 ]; then
		# not trade data: the upstream failure, the same both ways
		trade-conc --table < $T/all.csv > $T/t.out 2> $T/t.err; echo $? > $T/t.rc
		cat $T/all.csv | trade-conc > $T/s.out 2> $T/s.err; echo $? > $T/s.rc
		cmp3 "${fs%% *} (trade-agg failed)"
		# a folder that fails as one roll-up: its files one by one
		for f in $fs; do
			[ "$f" = "$fs" ] && break
			trade-conc --table "$f" > $T/t.out 2> $T/t.err; echo $? > $T/t.rc
			trade-conc "$f" > $T/s.out 2> $T/s.err; echo $? > $T/s.rc
			cmp3 "$f, its rows"
		done
		continue
	fi
	sums=$((sums + 1))
	for of in partner reporter product; do
		trade-conc --table --of $of $T/all.csv > $T/t.out 2> $T/t.err; echo $? > $T/t.rc
		trade-conc --of $of $T/all.csv > $T/s.out 2> $T/s.err; echo $? > $T/s.rc
		cmp3 "${fs%% *} --of $of"
	done
	trade-conc --table < $T/all.csv > $T/t.out 2> $T/t.err; echo $? > $T/t.rc
	cat $T/all.csv | trade-conc > $T/s.out 2> $T/s.err; echo $? > $T/s.rc
	cmp3 "${fs%% *}, a pipe"
	shuffle $T/all.csv | trade-conc > $T/s.out 2> $T/s.err; echo $? > $T/s.rc
	cmp3 "${fs%% *}, shuffled"
	# the bench's pipeline (c), by flow too where flows are two
	for by in period,reporter,partner period,reporter,partner,flow; do
		trade-agg -q --by $by $fs > $T/prp.csv 2> /dev/null
		trade-conc --table < $T/prp.csv > $T/t.out 2> $T/t.err; echo $? > $T/t.rc
		cat $T/prp.csv | trade-conc > $T/s.out 2> $T/s.err; echo $? > $T/s.rc
		cmp3 "${fs%% *} --by $by"
	done
done < $T/inputs
# the counts grow with ../shared/data; floors catch a loop that ran
# nothing
[ "$files" -ge 430 ] && echo "430 or more files read" || echo "only $files files read"
[ "$sums" -ge 20 ] && echo "20 or more roll-ups summed" || echo "only $sums roll-ups summed"
[ "$n" -ge 300 ] && echo "300 or more runs compared" || echo "only $n runs compared"
