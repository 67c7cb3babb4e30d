# 1,200 product codes: calls cut until each URL fits in 4,095
# characters (the server refuses longer ones).
. tests/tools/fakeapi.sh
fake_start
trade-fetch -q --api-url "$API" -r all -p RUS -F X -t 2023 -P "$(seq -s, 100000 37 144400),8542" | today
awk '{ print $1, length("http://127.0.0.1:99999" $3) <= 4095 ? "fits" : "too long", $(NF - 2), $(NF - 1), $NF }' "$LOG"
