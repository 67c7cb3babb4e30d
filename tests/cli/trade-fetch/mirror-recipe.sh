# The man page's recipe: every reporter's exports of HS 8542 to Russia in
# 2023 through the preview, into trade-claim --mirror; the verdict is the
# one trade-claim gives on the same rows read from a file.
. tests/tools/fakeapi.sh
fake_start
trade-fetch --api-url "$API" --reporter all --partner RUS --flow X --product 8542 --period 2023 | trade-claim --mirror data/claims/seeds.csv - > $T/piped.csv
trade-fetch -q --api-url "$API" --reporter all --partner RUS --flow X --product 8542 --period 2023 -o $T/rows.csv
trade-claim --mirror data/claims/seeds.csv $T/rows.csv > $T/file.csv
cmp $T/piped.csv $T/file.csv && echo same verdicts
grep russia-chips $T/file.csv | today
today < $T/rows.csv
cat "$LOG"
