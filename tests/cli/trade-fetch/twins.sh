# Italy (380, 381) or Sudan (729, 736) under both codes for the same
# period, flow, other side and product would be one country summed
# twice: refused, naming both codes and the period, before a row goes
# out; one code alone in a period is read as the country.  --raw, the
# way out, writes the responses as they came.
FAKE_RECORDS=tests/data/fetch-twins.json
. tests/tools/fakeapi.sh
fake_start
trade-fetch -q --api-url "$API" -r all -p DEU -F M -t 2018 | today
trade-fetch -q --api-url "$API" -r all -p DEU -F M -t 2019; echo "exit $?"
trade-fetch -q --api-url "$API" --raw -r all -p DEU -F M -t 2019 | grep -o '"reporterCode": [0-9]*' 
trade-fetch -q --api-url "$API" -r CHN -p all -F X -t 2011; echo "exit $?"
# the two codes in two calls (a call at its cap of 2 records is cut
# until 380 and 381 are asked for apart)
trade-fetch -q --api-url "$API" -r all -p DEU -F M -t 2019 --max-records 2; echo "exit $?"
grep -o 'reporterCode=38[01]&.*records*' "$LOG"
