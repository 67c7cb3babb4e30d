# A body cut short of its Content-Length is no response: retried.
. tests/tools/fakeapi.sh
fake_start 1:trunc,3:trunc
trade-fetch --api-url "$API" -r CHN -p ARG --period 2010 | today
trade-fetch --api-url "$API" -r CHN -p DEU --period 2010 --retries 0
echo "exit $?"
cat "$LOG"
