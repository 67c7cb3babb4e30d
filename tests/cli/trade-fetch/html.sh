# An HTML error page (503) and an HTML page with status 200 are retried,
# and when they go on, the error says the page's title; nothing is
# written.
. tests/tools/fakeapi.sh
fake_start 1:html,2:html200,3:html200
trade-fetch --api-url "$API" -r CHN -p DEU --period 2010 --retries 1
echo "exit $?"
trade-fetch --api-url "$API" -r CHN -p DEU --period 2010 --retries 0 -o $T/out.csv
echo "exit $?"
ls $T
cat "$LOG"
