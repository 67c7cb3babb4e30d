# --read-with (hidden, for the tests that compare the fast paths with the
# slow ones) gives the same rows every way; a bad value is a usage error
for rw in no-fast no-prefilter portable-scan no-canon chunk=64 \
    no-fast,no-prefilter,portable-scan,no-canon,chunk=16 threads=2,block=64; do
	trade-load --read-with=$rw tests/data/formats/comtrade.csv > $T/$rw.csv
	trade-load tests/data/formats/comtrade.csv | cmp - $T/$rw.csv && echo "$rw: same rows"
done
trade-load --read-with=fast tests/data/formats/comtrade.csv; echo "exit $?"
trade-load --read-with=threads=0 tests/data/formats/comtrade.csv; echo "exit $?"
