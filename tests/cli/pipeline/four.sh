# four programs: the first one's message reaches the last, which ends its
# own output with the marker too (a last line that is plainly not data),
# with and without pipefail; -o makes no file
cd $T
awk 'BEGIN { print "period,reporter,partner,flow,product,value";
    for (i = 2; i <= 20000; i++)
        if (i == 10001) print "2023,RUS,CHN,M,8542,12.5x";
        else printf "2023,RUS,%s,M,%s,%d\n", i % 3 ? "CHN" : "KAZ", i % 2 ? "8542" : "8703", i }' > big.csv
trade-load big.csv | trade-filter --product 8542 | trade-agg --by partner | trade-conc > c.csv; echo "exit $?"
cat c.csv
bash -c 'set -o pipefail; trade-load big.csv | trade-filter --flow M | trade-agg --by partner | trade-share -o s.csv; echo "pipefail: exit $?"'
ls
