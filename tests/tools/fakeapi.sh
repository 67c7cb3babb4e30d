# fakeapi.sh - sourced by the trade-fetch cases: fake_start [FAULTS]
# starts tests/tools/fakeapi (built by make units) on 127.0.0.1 on a port
# the system chooses, with the records of tests/data/fetch-records.json
# (or of $FAKE_RECORDS) and the key $KEY; sets API (its base URL) and
# LOG (its log of the requests), a cache of the case's own, and stops
# the server at exit.
. tests/tools/await.sh
KEY=tradestat-test-key-5e1f0c9a
fake_start() {
	rm -f "$T/port"
	"${UNITDIR:-build/unit}/fakeapi" \
	    -r "${FAKE_RECORDS:-tests/data/fetch-records.json}" \
	    -l "$T/api.log" -p "$T/port" -k "$KEY" ${1:+-f "$1"} -i 60 \
	    2> "$T/api.err" &
	FAKEPID=$!
	trap 'kill $FAKEPID 2>/dev/null; wait $FAKEPID 2>/dev/null' EXIT
	await test -s "$T/port"
	API=http://127.0.0.1:$(cat "$T/port")
	LOG=$T/api.log
	XDG_CACHE_HOME=$T/cache
	TMPDIR=$T/tmp
	mkdir -p "$TMPDIR"
	export XDG_CACHE_HOME TMPDIR
	unset COMTRADE_KEY TRADESTAT_COMTRADE_URL
}
# the day a response was fetched, which the source column says
today() {
	sed "s/(fetched $(date -u +%Y-%m-%d))/(fetched TODAY)/"
}
