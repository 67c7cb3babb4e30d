# --key-file: the key on its first line; a wrong key is the API's 401,
# with its own text and without the key.  Neither key is in the cache
# or a temporary file.
. tests/tools/fakeapi.sh
fake_start
printf '%s\n' "$KEY" > $T/key
trade-fetch -q --api-url "$API" --key-file $T/key -r CHN -p ARG --period 2010 -F X | today
printf 'not-the-key\r\n' > $T/bad
trade-fetch -q --api-url "$API" --key-file $T/bad --refresh -r CHN -p ARG --period 2010 -F X 2> $T/err
echo "exit $?"
cat $T/err
grep -l not-the-key $T/err "$LOG" || echo key found nowhere
grep -rl -e "$KEY" -e not-the-key $T/cache $T/tmp || echo keys in no cache or temporary file
: > $T/empty
trade-fetch -q --api-url "$API" --key-file $T/empty --period 2010 2>&1 | sed "s|$T|T|"
trade-fetch -q --api-url "$API" --key-file $T/none --period 2010 2>&1 | sed "s|$T|T|"
cat "$LOG"
