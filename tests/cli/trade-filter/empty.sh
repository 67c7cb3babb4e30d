# a query that leaves no row says why on stderr: when the conditions
# asked for are the answer, exit 0; when every row was left out as an
# aggregate (all partners WLD), exit 1 with the way out, so that the
# next program fails too rather than print a header and no rows
f=tests/data/contract/ru-8542.csv
trade-filter --partner USA $f; echo "exit $?"
trade-filter --partner WLD $f | trade-filter --exclude-aggregates; echo "exit $?"
trade-filter --partner WLD $f | trade-filter --exclude-aggregates | trade-agg --by reporter; echo "exit $?"
trade-filter --reporter CHN --period 2021 --flow M $f; echo "exit $?"
trade-agg --by partner $f | trade-filter --period 2022; echo "exit $?"
printf 'period,reporter,partner,flow,product,value\n' | trade-filter --partner CHN; echo "exit $?"
