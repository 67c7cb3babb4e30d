# A call that returns its cap of records is never taken: it is cut in two
# (reporters all become the country table's numbers) until every call
# returns fewer; the rows are all there, each once.
. tests/tools/fakeapi.sh
fake_start
trade-fetch --api-url "$API" -r all -p RUS -F X -P 8542 -t 2023 --max-records 4 | today
awk '{ r = "all"; if (match($3, /reporterCode=[0-9,]*/)) { n = split(substr($3, RSTART + 13, RLENGTH - 13), a, ","); r = a[1] ".." a[n] " (" n ")" } print $1, "reporters", r, $(NF - 2), $(NF - 1), $NF }' "$LOG"
