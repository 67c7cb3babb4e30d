# a query that leaves no row says why on stderr: when the conditions
# asked for are the answer, exit 0; when every row was left out as an
# aggregate (all partners WLD), exit 1 with the way out, so that the
# next program fails too rather than print a header and no rows
f=tests/data/contract/ru-8542.csv
for c in "trade-filter --partner USA $f" \
    "trade-filter --partner WLD $f | trade-filter --exclude-aggregates" \
    "trade-filter --partner WLD $f | trade-filter --exclude-aggregates | trade-agg --by reporter" \
    "trade-filter --reporter CHN --period 2021 --flow M $f" \
    "trade-agg --by partner $f | trade-filter --period 2022" \
    "printf 'period,reporter,partner,flow,product,value\n' | trade-filter --partner CHN"; do
	printf '$ %s\n' "$c"
	sh -c "$c" 2>&1
	echo "exit $?"
done
