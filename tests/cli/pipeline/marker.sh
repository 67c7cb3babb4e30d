# the marker line: written when a program fails before any row too (the
# next one names the first failure, not an empty input); a reader stops
# at it wherever it is, even with rows after it; control bytes in it are
# shown, not passed on; --excel ends it with CRLF; an -o FIFO gets it
cd $T
trade-load missing.csv | trade-agg; echo "exit $?"
printf 'period,reporter,partner,flow,product,value\n2023,RUS,CHN,M,TOTAL,5\n#tradestat-error: up: a\033[31mred\001\n2023,RUS,CHN,M,TOTAL,6\n' > mid.csv
trade-agg mid.csv; echo "exit $?"
printf 'period,reporter,partner,flow,product,value\n2023,RUS,CHN,M,TOTAL,5x\n' > bad.csv
trade-load --excel bad.csv | od -c | tail -3
trade-load --excel bad.csv | trade-agg; echo "exit $?"
printf '#tradestat-error:\n' | trade-agg; echo "exit $?"
mkfifo f
timeout 60 cat f > got &
timeout 60 trade-load -o f bad.csv; echo "exit $?"
wait
cat got
