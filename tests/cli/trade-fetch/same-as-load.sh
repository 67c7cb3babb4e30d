# The rows are those trade-load gives from the responses saved with --raw.
. tests/tools/fakeapi.sh
fake_start
trade-fetch -q --api-url "$API" -r CHN -p ARG,DEU --period 2010 > $T/fetched.csv
trade-fetch -q --api-url "$API" -r CHN -p ARG,DEU --period 2010 --raw > $T/raw.json
trade-load --source "UN Comtrade (fetched $(date -u +%Y-%m-%d))" $T/raw.json | cmp - $T/fetched.csv && echo same rows
today < $T/fetched.csv
head -c 120 $T/raw.json; echo
cat "$LOG"
