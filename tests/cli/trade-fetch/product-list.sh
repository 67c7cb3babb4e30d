# --product @chpl: the codes of data/lists/chpl.csv in one call; trade
# fetch runs trade-fetch.
. tests/tools/fakeapi.sh
fake_start
trade fetch -q --api-url "$API" -r all -p RUS -F X -t 2023 -P @chpl | today
sed 's/&/\n  /g' "$LOG"
