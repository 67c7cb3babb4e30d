# --max-calls: a query needing more calls stops before the first.
. tests/tools/fakeapi.sh
fake_start
trade-fetch --api-url "$API" -r CHN -p ARG -t 1990-2023 --max-calls 2
echo "exit $?"
wc -c < "$LOG"
