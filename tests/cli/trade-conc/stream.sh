# Input in the roll-up's order is summed a period at a time; out of
# order, split, or refused, it is read again as a table (--table): the
# same output, messages and lines either way, from a pipe or a file.
both() {	# name, then trade-conc's options; the rows on stdin
	name=$1
	shift
	cat > $T/in.csv
	cat $T/in.csv | trade-conc "$@" > $T/s.out 2> $T/s.err
	echo "$name: exit $?"
	cat $T/s.out $T/s.err
	trade-conc --table "$@" < $T/in.csv > $T/t.out 2> $T/t.err
	cmp -s $T/s.out $T/t.out && cmp -s $T/s.err $T/t.err &&
	    echo "$name: the table's, byte for byte"
	trade-conc "$@" $T/in.csv > $T/f.out 2> /dev/null
	trade-conc --table "$@" $T/in.csv > $T/g.out 2> /dev/null
	cmp -s $T/f.out $T/g.out && echo "$name: from the file too"
}
h=period,reporter,partner,flow,product,value,currency
# sorted: 2022 ARM 0.5^2 + 0.3^2 + 0.2^2 = 0.38; 2023 KAZ, two flows
printf '%s\n' $h 2022,ARM,CHN,M,TOTAL,5,USD 2022,ARM,DEU,M,TOTAL,3,USD \
    2022,ARM,RUS,M,TOTAL,2,USD 2022,ARM,WLD,M,TOTAL,11,USD \
    2023,KAZ,CHN,M,TOTAL,4.1,USD 2023,KAZ,CHN,X,TOTAL,2.385,USD \
    2023,KAZ,RUS,M,TOTAL,7.3,USD 2023,KAZ,RUS,X,TOTAL,0.615,USD > $T/sorted.csv
both sorted < $T/sorted.csv
both sorted-reporter --of reporter < $T/sorted.csv
# a group split: its RUS row after a later period's, and ARM's CHN
# twice (5 + 2.5): the hhi of 2022 ARM is 0.5^2 + 0.3^2 + 0.2^2 again
printf '%s\n' $h 2022,ARM,CHN,M,TOTAL,5,USD 2022,ARM,DEU,M,TOTAL,4.5,USD \
    2023,KAZ,CHN,M,TOTAL,4.1,USD 2022,ARM,RUS,M,TOTAL,3,USD \
    2022,ARM,CHN,M,TOTAL,2.5,USD | both split
# the late row in another currency: refused at its line, 4
printf '%s\n' $h 2022,ARM,CHN,M,TOTAL,5,USD 2023,KAZ,CHN,M,TOTAL,4.1,USD \
    2022,ARM,CHN,M,TOTAL,2.5,EUR | both late-currency
# members in two currencies, in order
printf '%s\n' $h 2022,ARM,CHN,M,TOTAL,5,USD 2022,ARM,DEU,M,TOTAL,3,EUR |
    both currencies
# HS levels mixed across periods: each period alone is one level
printf '%s\n' $h 2022,ARM,CHN,M,8703,5,USD 2022,ARM,DEU,M,8703,3,USD \
    2023,ARM,CHN,M,870323,4,USD | both levels
# a roll-up row (partner empty: all) is no member
printf '%s\n' $h 2022,ARM,,M,TOTAL,8,USD 2022,ARM,,M,TOTAL,1,USD \
    2022,ARM,CHN,M,TOTAL,5,USD | both rollup-row
# a bad value at line 5, after a period went by
printf '%s\n' $h 2022,ARM,CHN,M,TOTAL,5,USD 2023,ARM,CHN,M,TOTAL,4,USD \
    2023,ARM,DEU,M,TOTAL,3,USD 2023,ARM,RUS,M,TOTAL,lots,USD | both bad-value
# the step before failed, after its rows
{ cat $T/sorted.csv; echo '#tradestat-error: trade-agg: it failed'; } |
    both upstream
# months of a roll-up (trade-agg --annual): the table names them
printf '%s\n' $h 2022-01,ARM,CHN,M,TOTAL,5,USD 2022-02,ARM,CHN,M,TOTAL,3,USD \
    2022-01,ARM,DEU,M,TOTAL,2,USD | trade-agg --annual | both months
# no rows, and no input at all
printf '%s\n' $h | both header-only
printf '' | both empty
# no temporary directory: no stream, the table from the start
cat $T/sorted.csv | TMPDIR=$T/none trade-conc > $T/n.out; echo "no TMPDIR: exit $?"
trade-conc --table $T/sorted.csv | cmp -s - $T/n.out && echo "no TMPDIR: the table's"
