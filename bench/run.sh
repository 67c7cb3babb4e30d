#!/bin/bash
# run.sh - the benchmark (make bench): tradestat against the tools analysts
# pick instead, on the same generated files in the same run, as ratios.
#
# Tasks:  a  keep HS 8542, sum by reporter and partner, each partner's
#            share of its reporter's total
#         b  sum by period
#         c  HHI of partners per reporter and year
#         d  load BACI (t,i,j,k,v,q) to canonical rows
# Peers (installed here, under build/bench, never committed): DuckDB
# (npm @duckdb/node-api) and Polars (npm nodejs-polars), both run through
# node with their default threads (the machine's cores); mawk, GNU
# datamash and Miller (Debian packages, installed when run as root).
# Miller runs on the smallest file only (about 2 s per million rows).
#
# Each command runs once to warm up, then BENCH_RUNS times (5); the table
# gives the median wall time, the input's MB/s, the peak RSS over the runs
# (of the largest process of a pipeline), and the ratio to tradestat's
# time.  Before timing, every tool's result is checked against tradestat's
# on the smallest file.  bench/RESULTS.md is rewritten.
#
# usage: bench/run.sh            (BENCH_ROWS="1000000 10000000" BENCH_RUNS=5)
set -euo pipefail
cd "$(dirname "$0")/.."
B=build/bench
ROWS=${BENCH_ROWS:-"1000000 10000000"}
RUNS=${BENCH_RUNS:-5}
mkdir -p "$B"

note() { printf '%s\n' "$*" >&2; }

# --- the generator and the data
cc -O2 -std=c11 -D_DEFAULT_SOURCE -o "$B/gen" bench/gen.c -lm
"$B/gen" countries 0 > "$B/countries.csv"
for n in $ROWS; do
	# written whole or not at all: an interrupted run leaves no short file
	[ -s "$B/t$n.csv" ] || { "$B/gen" canonical "$n" > "$B/t$n.tmp" && mv "$B/t$n.tmp" "$B/t$n.csv"; }
	[ -s "$B/b$n.csv" ] || { "$B/gen" baci "$n" > "$B/b$n.tmp" && mv "$B/b$n.tmp" "$B/b$n.csv"; }
done

# --- the peers
have_node=0
if command -v node >/dev/null && command -v npm >/dev/null; then
	if [ ! -d "$B/node/node_modules/nodejs-polars-linux-x64-gnu" ]; then
		note "bench: installing DuckDB and Polars with npm into $B/node"
		mkdir -p "$B/node"
		(cd "$B/node" && npm install --silent --no-audit --no-fund \
		    @duckdb/node-api nodejs-polars \
		    nodejs-polars-linux-x64-gnu >&2) || note "bench: npm failed"
	fi
	[ -d "$B/node/node_modules/@duckdb/node-api" ] && have_node=1
	cp bench/peers/*.mjs "$B/node/"
else
	note "bench: no node and npm: DuckDB and Polars are skipped"
fi
missing=
for p in mawk datamash mlr; do
	command -v $p >/dev/null || missing="$missing ${p/mlr/miller}"
done
if [ -n "$missing" ]; then
	if [ "$(id -u)" = 0 ]; then
		note "bench: installing$missing"
		apt-get install -y $missing >/dev/null 2>&1 || note "bench: apt-get failed"
	else
		note "bench: not root: skipping$missing (apt-get install -y$missing)"
	fi
fi
command -v /usr/bin/time >/dev/null 2>&1 || {
	[ "$(id -u)" = 0 ] && apt-get install -y time >/dev/null 2>&1
}
[ -x /usr/bin/time ] || { note "bench: needs /usr/bin/time (apt-get install -y time)"; exit 1; }
make -s all >&2

# ====================================================================
# The tradestat side: the one place that says how tradestat does each
# task.  Programs are named without bin/; a task whose programs are not
# all in bin/ yet is skipped (with a message), peers included.
# $F is the input file, $O the output file.
ts_cmd() {
	case $1 in
	a) echo "trade-filter -q --product 8542 \$F | trade-agg -q --by reporter,partner | trade-share -q > \$O" ;;
	b) echo "trade-agg -q --by period \$F > \$O" ;;
	c) echo "trade-agg -q --by period,reporter,partner \$F | trade-conc -q > \$O" ;;
	d) echo "trade-load -q --countries $B/countries.csv \$F > \$O" ;;
	esac
}
# ====================================================================
T=bin
ts_ready() {	# are all of task $1's programs in bin/?
	local p
	for p in $(ts_cmd "$1" | grep -o 'trade[a-z-]*' | sort -u); do
		[ -x "$T/$p" ] || { note "bench: no $T/$p yet: task $1 is skipped"; return 1; }
	done
}

# --- the peers' commands: tool task -> shell command on $F and $O
cmd() {
	local tool=$1 task=$2
	case $tool/$task in
	tradestat/*) ts_cmd "$task" | sed -E "s#(^|\| )trade#\1$T/trade#g" ;;
	duckdb/*) [ $have_node = 1 ] && echo "node $B/node/duckdb.mjs $task \$F \$O $B/countries.csv" ;;
	polars/*) [ $have_node = 1 ] && echo "node $B/node/polars.mjs $task \$F \$O $B/countries.csv" ;;
	mawk/d) command -v mawk >/dev/null && echo "mawk -f bench/peers/d.awk $B/countries.csv \$F > \$O" ;;
	mawk/*) command -v mawk >/dev/null && echo "mawk -f bench/peers/$task.awk \$F > \$O" ;;
	datamash/b) command -v datamash >/dev/null && echo "datamash -t, -H -s -g 1 sum 6 < \$F | sed '1s/.*/period,value/' > \$O" ;;
	miller/a) command -v mlr >/dev/null && echo "mlr --icsv --ocsv filter '\$product =~ \"^8542\"' then stats1 -a sum -f value -g reporter,partner then rename value_sum,value then fraction -f value -g reporter then rename value_fraction,share \$F > \$O" ;;
	miller/b) command -v mlr >/dev/null && echo "mlr --icsv --ocsv stats1 -a sum -f value -g period then rename value_sum,value \$F > \$O" ;;
	miller/c) command -v mlr >/dev/null && echo "mlr --icsv --ocsv stats1 -a sum -f value -g period,reporter,partner then fraction -f value_sum -g period,reporter then put '\$sq = \$value_sum_fraction ** 2' then stats1 -a sum -f sq -g period,reporter then rename sq_sum,hhi \$F > \$O" ;;
	*) ;;
	esac
	return 0
}
input() { case $2 in d) echo "$B/b$1.csv" ;; *) echo "$B/t$1.csv" ;; esac; }

# a result's fingerprint: rows, sum of value, sum of share (a) or hhi (c)
fingerprint() {
	awk -F, -v task="$2" '
	NR == 1 { for (i = 1; i <= NF; i++) { gsub(/"/, "", $i); c[$i] = i } ; next }
	{ n++; v += $(c["value"]); if (task == "a") s += $(c["share"]); if (task == "c") s += $(c["hhi"]) }
	END { if (task == "c") printf "%d groups, sum of hhi %.6f\n", n, s
	      else if (task == "a") printf "%d rows, value %.6e, sum of shares %.6f\n", n, v, s
	      else printf "%d rows, value %.6e\n", n, v }' "$1"
}

tools="tradestat duckdb polars mawk datamash miller"
tasks=
for task in a b c d; do
	ts_ready $task && tasks="$tasks $task"
done
small=$(echo $ROWS | awk '{ print $1 }')

# --- check that every tool computes the same thing
note "bench: checking the results on $small rows"
for task in $tasks; do
	want=
	for tool in $tools; do
		c=$(cmd $tool $task)
		[ -n "$c" ] || continue
		F=$(input $small $task) O=$B/out.$tool.$task.csv
		F=$F O=$O bash -c "$(echo "$c" | sed "s|\\\$F|$F|g; s|\\\$O|$O|g")"
		got=$(fingerprint "$O" $task)
		[ -n "$want" ] || want=$got
		if [ "$got" = "$want" ]; then
			note "  $task $tool: $got"
		else
			note "  $task $tool: $got -- DIFFERS from tradestat: $want"
			exit 1
		fi
	done
done

# --- time
# one run of command $1: "seconds peak-RSS-kB"; the wall time from bash's
# microsecond clock (GNU time's %e has only 0.01 s), the RSS from GNU time
run1() {
	local t0 t1
	t0=$EPOCHREALTIME
	/usr/bin/time -f "%M" -o "$B/rss1.txt" bash -c "$1"
	t1=$EPOCHREALTIME
	awk -v a="$t0" -v b="$t1" -v m="$(cat "$B/rss1.txt")" \
	    'BEGIN { printf "%.3f %s\n", b - a, m }'
}
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
results=$B/results.tsv
: > "$results"
load0=$(cut -d' ' -f1-3 /proc/loadavg)
# The tools take turns: each round runs every tool once, so that a change
# in the machine's load (other work on the same cores) falls on all of
# them alike and not on one tool's five runs.
for n in $ROWS; do
	for task in $tasks; do
		F=$(input $n $task) O=$B/out.time.csv
		run=
		for tool in $tools; do
			c=$(cmd $tool $task)
			[ -n "$c" ] || continue
			[ $tool = miller ] && [ "$n" != "$small" ] && continue
			c=$(echo "$c" | sed "s|\\\$F|$F|g; s|\\\$O|$O|g")
			eval "c_$tool=\$c"
			: > "$B/times.$tool"
			: > "$B/rss.$tool"
			w=$(run1 "$c")		# the warm-up
			runs=$RUNS
			[ "$(echo "$w" | awk '{ print ($1 > 15) }')" = 1 ] && runs=1
			eval "runs_$tool=$runs"
			run="$run $tool"
		done
		for r in $(seq $RUNS); do
			for tool in $run; do
				eval "c=\$c_$tool runs=\$runs_$tool"
				[ "$r" -le "$runs" ] || continue
				run1 "$c" > "$B/t.txt"
				awk '{ print $1 }' "$B/t.txt" >> "$B/times.$tool"
				awk '{ print $2 }' "$B/t.txt" >> "$B/rss.$tool"
			done
		done
		mb=$(stat -c %s "$F" | awk '{ printf "%.1f", $1 / 1e6 }')
		for tool in $run; do
			t=$(median < "$B/times.$tool")
			rss=$(sort -n "$B/rss.$tool" | tail -1)
			runs=$(wc -l < "$B/times.$tool")
			printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$task" "$tool" \
			    "$t" "$mb" "$rss" "$runs" >> "$results"
			note "  $n rows, task $task, $tool: ${t} s, $((rss / 1024)) MB ($runs runs)"
		done
	done
done
load1=$(cut -d' ' -f1-3 /proc/loadavg)

# --- the table
duck_threads=$(nproc) polars_threads=${POLARS_MAX_THREADS:-$(nproc)}
ts_threads=$(n=$(nproc); [ "$n" -gt 8 ] && n=8; echo $n)
if [ $have_node = 1 ]; then
	duck_threads=$(cd $B/node && node --input-type=module -e "
	    import { DuckDBInstance } from '@duckdb/node-api';
	    const c = await (await DuckDBInstance.create(':memory:')).connect();
	    const r = await c.runAndReadAll(\"SELECT current_setting('threads')\");
	    console.log(String(r.getRows()[0][0]));" 2>/dev/null || nproc)
fi
{
	echo "# Benchmark results"
	echo
	echo "Written by \`make bench\` (bench/run.sh) on $(date -u +%Y-%m-%d),"
	echo "$(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo),"
	echo "$(uname -sr). Generated data (bench/gen.c): canonical CSV with"
	echo "$(echo $ROWS | sed 's/ / and /') rows; the same rows as BACI for task d."
	echo "Tools: tradestat $(bin/trade --version 2>/dev/null | head -1 | awk '{ print $NF }');"
	[ $have_node = 1 ] && echo "DuckDB $(cd $B/node && node -e "console.log(require('@duckdb/node-api/package.json').version)" 2>/dev/null) ($duck_threads threads, its own setting) and Polars $(cd $B/node && node -e "console.log(require('nodejs-polars/package.json').version)" 2>/dev/null) ($polars_threads threads, its pool) through node $(node --version);"
	echo "$(mawk -W version 2>&1 | head -1 | cut -d' ' -f1-2), datamash $(datamash --version | head -1 | awk '{ print $NF }'), Miller $(mlr --version | awk '{ print $2 }') (one thread each)."
	echo "Miller runs on the smallest file only (seconds per million rows, GBs of RSS)."
	echo "tradestat runs as a user would type it, programs in a pipeline; the one"
	echo "that reads the file reads its blocks on $ts_threads threads (the cores, at most 8;"
	echo "--read-with threads=N sets it), the others read the small roll-up in one:"
	echo
	for task in $tasks; do
		echo "- $task: \`$(ts_cmd $task | sed "s|$B/|build/bench/|g; s|\\\$F|FILE|; s| > \\\$O||")\`"
	done
	echo
	echo "Wall time is the median of the runs after one warm-up (one run when"
	echo "the warm-up took more than 15 s), the tools taking turns run by run;"
	echo "load average (1, 5, 15 min) $load0 before the timing, $load1 after:"
	echo "the cores are shared with other work, so read the ratios, not the times."
	echo "RSS is the peak over the runs of"
	echo "the largest process; ratio is the tool's time over tradestat's (above"
	echo "1: tradestat is faster). Every tool's result was checked against"
	echo "tradestat's on the smallest file first (rows, sums, shares, HHI)."
	echo
	echo "| rows | task | tool | threads | time (s) | MB/s | peak RSS (MB) | ratio to tradestat |"
	echo "|---:|---|---|---|---:|---:|---:|---:|"
	awk -F'\t' -v dt="$duck_threads" -v pt="$polars_threads" -v tt="$ts_threads" '
	$3 == "tradestat" { base[$1 FS $2] = $4 }
	{ row[NR] = $0 }
	END {
		for (i = 1; i <= NR; i++) {
			split(row[i], f, "\t")
			th = f[3] == "duckdb" ? dt : f[3] == "polars" ? pt : 1
			if (f[3] == "tradestat") th = tt " + pipeline"
			printf "| %s | %s | %s | %s | %.3f | %.0f | %.0f | %.2f |\n", f[1], f[2], f[3], th, f[4], f[5] / (f[4] > 0 ? f[4] : 1), f[6] / 1024, f[4] / base[f[1] FS f[2]]
		}
	}' "$results"
} > bench/RESULTS.md
cat bench/RESULTS.md
