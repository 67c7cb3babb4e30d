# a bad row on line 10,001 of 20,000 stops trade-filter; the programs after
# it fail in turn with its message, and s.csv is not made, with and
# without pipefail (before: exit 0 and an s.csv from half the data)
cd $T
awk 'BEGIN { print "period,reporter,partner,flow,product,value";
    for (i = 2; i <= 20000; i++)
        if (i == 10001) print "2023,RUS,CHN,M,8542,12.5x";
        else printf "2023,RUS,%s,M,%s,%d\n", i % 3 ? "CHN" : "KAZ", i % 2 ? "8542" : "8703", i }' > big.csv
trade-filter --flow M big.csv | trade-agg --by reporter,partner | trade-share -o s.csv; echo "exit $?"
[ -e s.csv ] || echo "no s.csv"
bash -c 'set -o pipefail; trade-filter --flow M big.csv | trade-agg --by reporter,partner | trade-share -o s.csv; echo "pipefail: exit $?"'
[ -e s.csv ] || echo "no s.csv"
ls
