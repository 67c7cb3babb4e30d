# At the cap with one value in each list, nothing is left to cut: an
# error, never rows cut short.
. tests/tools/fakeapi.sh
fake_start
trade-fetch --api-url "$API" -r CHN -p RUS -F X -P 8542 -t 2023 --max-records 1
echo "exit $?"
