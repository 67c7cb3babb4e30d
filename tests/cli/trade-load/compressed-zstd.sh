# needs: zstd
# zstd from a file and from standard input: the rows of the plain file
trade-load tests/data/formats/comtrade.csv > $T/plain.out
zstd -q -c tests/data/formats/comtrade.csv > $T/data
trade-load $T/data | cmp - $T/plain.out && echo "zstd file: same rows"
zstd -q -c tests/data/formats/comtrade.csv | trade-load | cmp - $T/plain.out &&
    echo "zstd stdin: same rows"
