# a Comtrade JSON response is read as a stream: memory holds one record,
# not the response.  The response is made here: the 3 records of
# comtrade.json 5000 times (14 MB), read under an 80 MB address-space
# limit (read whole it took 120 MB); under ASan or TSan, whose shadow
# memory no such limit allows, without one
sed 's/.*"data":\[//; s/\],"error".*//' tests/data/formats/comtrade.json > $T/recs
awk -v n=5000 'NR == 1 { r = $0 } END {
    printf "{\"elapsedTime\":\"0.21 secs\",\"count\":%d,\"data\":[", 3 * n
    for (i = 0; i < n; i++) printf "%s%s", i ? ",\n" : "", r
    print "],\"error\":\"\"}" }' $T/recs > $T/big.json
lim="ulimit -v 80000"
ldd "$(command -v trade-load)" 2>/dev/null | grep -q 'libasan\|libtsan' && lim=:
( $lim; trade-load $T/big.json ) | trade-agg --by flow
echo "rc $?"
trade-load tests/data/formats/comtrade.json | trade-agg --by flow
