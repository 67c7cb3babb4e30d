# With COMTRADE_KEY: the subscription endpoint, the key in its header
# (the server logs whether it came, never the key); monthly periods.  The
# key is in no output, message, log, cache or temporary file.
. tests/tools/fakeapi.sh
fake_start
COMTRADE_KEY=$KEY trade-fetch --api-url "$API" -r CHN -p RUS -F M -t 2023-01-2023-04 > $T/out 2> $T/err
echo "exit $?"
today < $T/out
cat $T/err
cat "$LOG"
ls $T/cache/tradestat | sed 's/^[0-9a-f]\{32\}/NAME/'
grep -rl "$KEY" $T/out $T/err "$LOG" $T/cache $T/tmp || echo key found nowhere
