# A 429 with Retry-After: 1 is waited for and retried.
. tests/tools/fakeapi.sh
fake_start 1:429
trade-fetch --api-url "$API" -r CHN -p DEU --period 2010 | today
cat "$LOG"
