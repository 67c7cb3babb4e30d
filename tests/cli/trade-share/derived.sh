# a summing program refuses a table another program derived (shares,
# concentration, trend): summed, its rows would add shares; the message
# names the kind, the program that wrote it and the way out
f=tests/data/contract/ru-8542.csv
trade-share $f > $T/share.csv
trade-conc $f > $T/conc.csv 2>/dev/null
trade-trend $f > $T/trend.csv 2>/dev/null
for p in trade-share trade-conc trade-trend trade-agg; do
	for k in share conc trend; do
		(cd $T && $p $k.csv > out 2> err)
		echo "$p $k.csv: exit $?"
		sed -n 2p $T/out
		head -1 $T/err
	done
done
# trade rows and a roll-up are summed as before
trade-agg --by period,reporter $f | trade-agg --by reporter | cut -d, -f2,6
