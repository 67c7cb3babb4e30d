# A 403 with Retry-After is the quota spent: a wait of an hour is not
# made, but said.
. tests/tools/fakeapi.sh
fake_start 1:quota
trade-fetch --api-url "$API" -r CHN -p DEU --period 2010
echo "exit $?"
cut -d' ' -f1,4- "$LOG"
