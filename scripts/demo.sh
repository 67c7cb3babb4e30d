#!/bin/sh
# demo.sh - the main job, on the data that ships in data/ (make demo).
#
# Checks the seed claims (data/claims/seeds.csv) against China's published
# customs figures (data/published), and against Russia's side (the IMF
# file of ../shared/data) when that folder is there; turns China's 2023
# year-to-date figures into months; writes out/*.csv and plots/*.png.
set -eu
BIN=${BIN:-bin}
PATH=$(cd "$BIN" && pwd):$PATH
export PATH
shared=../shared/data
mkdir -p out plots

# a CSV as an aligned table, the columns named
table() {
	cols=$1
	shift
	awk -F, -v cols="$cols" '
	function split_csv(line, f,    n, i, c, q, s) {
		n = 0; s = ""; q = 0
		for (i = 1; i <= length(line); i++) {
			c = substr(line, i, 1)
			if (c == "\"") { q = !q; continue }
			if (c == "," && !q) { f[++n] = s; s = ""; continue }
			s = s c
		}
		f[++n] = s
		return n
	}
	NR == 1 { nh = split_csv($0, h); nc = split(cols, want, ",")
		for (j = 1; j <= nc; j++) for (i = 1; i <= nh; i++)
			if (h[i] == want[j]) idx[j] = i }
	{ split_csv($0, f); for (j = 1; j <= nc; j++) {
		v = f[idx[j]]
		a = v + 0; if (a < 0) a = -a
		if (NR > 1 && v ~ /^-?[0-9.]+$/ && a >= 1e9) v = sprintf("%.2f bn", v / 1e9)
		else if (NR > 1 && v ~ /^-?[0-9.]+$/ && a >= 1e6) v = sprintf("%.1f m", v / 1e6)
		else if (NR > 1 && v ~ /^-?0\.[0-9]+$/) v = sprintf("%.4f", v)
		cell[NR, j] = v; if (length(v) > w[j]) w[j] = length(v) } }
	END { for (r = 1; r <= NR; r++) { line = ""
		for (j = 1; j <= nc; j++) line = line sprintf("%-*s  ", w[j], cell[r, j])
		sub(/ +$/, "", line); print "  " line } }' "$@"
}

echo "tradestat demo: the claims this project started from, checked"
echo
echo "1. Against China's customs figures as published (data/published):"
trade-claim -q -o out/claims-published.csv data/claims/seeds.csv \
    data/published/gacc_china_russia.csv
table id,verdict,computed,expected,side out/claims-published.csv
echo
if [ -d "$shared" ]; then
	echo "2. Against Russia's side, IMF IMTS ($shared/imf-imts-russia):"
	trade-claim -q -o out/claims-imf.csv data/claims/seeds.csv \
	    "$shared"/imf-imts-russia/RU_trade.csv
	table id,verdict,computed,expected,side out/claims-imf.csv
else
	echo "2. (skipped: $shared is not here; with it, the claims are also"
	echo "   checked against Russia's side of the trade, the IMF's figures)"
fi
echo
if [ -d "$shared" ]; then
	echo "2b. China's exports to Russia of microelectronics, CNC machine"
	echo "   tools and nitrocellulose, against CEPII BACI ($shared/baci-china-russia):"
	trade-claim -q -o out/claims-baci.csv data/claims/seeds.csv \
	    "$shared"/baci-china-russia/baci_russia_china_processed_2017_2023.csv
	awk -F, 'NR == 1 || /^china-(chips|cnc|nitro)/' out/claims-baci.csv > out/claims-baci-china.csv
	table id,verdict,computed,expected,holds_within out/claims-baci-china.csv
fi
echo
if [ -x "$BIN/trade-trend" ]; then
	echo "3. China's 2023 year-to-date figures as months (a missing month"
	echo "   breaks the chain: reported, not guessed):"
	trade-trend -q --ytd --each -o out/gacc_2023_monthly.csv \
	    data/published/gacc_china_russia_ytd.csv 2> out/gacc_2023_monthly.log || {
		cat out/gacc_2023_monthly.log >&2; exit 1; }
	sed 's/^/   /' out/gacc_2023_monthly.log
	table period,flow,value out/gacc_2023_monthly.csv
	echo
fi
echo "4. Charts:"
sh scripts/demo-plots.sh
echo
echo "Written: $(ls out/*.csv | tr '\n' ' ')"
exit 0
