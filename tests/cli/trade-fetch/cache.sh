# A rerun reads the cache and makes no call; --refresh calls again.  The
# cache entry is the body and its URL with the time it was fetched.
. tests/tools/fakeapi.sh
fake_start
trade-fetch --api-url "$API" -r CHN -p ARG -F X --period 2010 > $T/1.csv
trade-fetch --api-url "$API" -r CHN -p ARG -F X --period 2010 > $T/2.csv
cmp $T/1.csv $T/2.csv && echo same rows
trade-fetch --api-url "$API" -r CHN -p ARG -F X --period 2010 --refresh | today
cat "$LOG"
ls $T/cache/tradestat | sed 's/^[0-9a-f]\{32\}/NAME/'
sed 's|127.0.0.1:[0-9]*|HOST|; s/fetched [0-9]* [-0-9]*T[0-9:]*Z/fetched SECONDS TIME/' $T/cache/tradestat/*.meta
