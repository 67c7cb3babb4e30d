# A response slower than --timeout is given up.
. tests/tools/fakeapi.sh
fake_start 1:slow
trade-fetch --api-url "$API" -r CHN -p ARG --period 2010 --timeout 1 --retries 0
echo "exit $?"
