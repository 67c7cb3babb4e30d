# A 500 is retried after 1 second; with --retries 0 it is the error, with
# the API's text.
. tests/tools/fakeapi.sh
fake_start 1:500,2:500
trade-fetch --api-url "$API" -r CHN -p DEU -F M --period 2010 --retries 0
echo "exit $?"
trade-fetch --api-url "$API" -r CHN -p DEU -F M --period 2010 | today
cat "$LOG"
