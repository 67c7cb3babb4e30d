# a gzipped JSON response, from a file and from standard input, streams
# through the decompressor as the plain one does
trade-load tests/data/formats/comtrade.json > $T/plain.out
gzip -c tests/data/formats/comtrade.json > $T/resp
trade-load $T/resp | cmp - $T/plain.out && echo "file: same rows"
gzip -c tests/data/formats/comtrade.json | trade-load | cmp - $T/plain.out &&
    echo "stdin: same rows"
cd $T && printf '{"elapsedTime":"0.1 secs","error":"rate limit"}' |
    gzip > limit && trade-load limit
