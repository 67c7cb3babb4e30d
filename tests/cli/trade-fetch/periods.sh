# 14 years: two calls, 12 periods and 2; and the records of both.
. tests/tools/fakeapi.sh
fake_start
trade-fetch -q --api-url "$API" -r CHN -p ARG -F X -t 2010-2023 | today
sed 's/ GET .*period=\([^&]*\).*-> / period=\1 -> /' "$LOG"
