# every program's --help: its usage on standard output, exit 0; -h the same
for p in agg claim conc filter load mirror plot share trend xlsx; do
	trade-$p --help; echo "trade-$p --help: exit $?"
	trade-$p --help > $T/long
	trade-$p -h > $T/short
	cmp -s $T/long $T/short && echo "trade-$p -h: the same"
done
