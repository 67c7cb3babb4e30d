#!/bin/bash
# run.sh - the benchmark (make bench): tradestat against the tools analysts
# pick instead, on the same generated BACI-shaped files in the same run,
# as ratios.  bench/README.md describes the data and the tasks.
#
# Tasks:  a       keep HS 8542, sum by reporter and partner, each
#                 partner's share of its reporter's total
#         b       sum by period
#         b-baci  b on the same rows in BACI's own format (t,i,j,k,v,q)
#         c       HHI of partners per reporter and year
#         d       load BACI (t,i,j,k,v,q) to canonical rows
#         e       keep chapter 85, shares on the unaggregated rows
#         f       sum by period, reporter, partner, flow and product
#         g       b on the file gzipped: read directly, and through zcat
#         g-zip   b on the file in a zip archive: directly, through unzip
#         stdin   b from standard input (cat FILE |) against b from FILE
#         claims  trade-claim with 100 claims against one trade-agg pass
#                 (on the smallest file only)
# Peers (installed here, under build/bench, never committed): DuckDB
# (npm @duckdb/node-api) and Polars (npm nodejs-polars), both run through
# node with their default threads (the machine's cores); mawk, GNU
# datamash and Miller (Debian packages, installed when run as root).
# Miller runs on the smallest file only (about 2 s per million rows).
# The floors (bench/floor.c), on each task's largest file, in the same
# rounds as its tools: read() of the file, read() and memchr (its lines),
# for g and g-zip the decompressor alone (zcat or unzip -p, and
# libarchive, which tradestat reads them with), for stdin the pipe.
#
# Each command runs once to warm up, then BENCH_RUNS times (5); the table
# gives the median wall time, the input's MB/s, the peak RSS over the runs
# (of the largest process of a pipeline), the load average when the task
# started, and the ratio to tradestat's time.  Before timing, every
# tool's result is checked against tradestat's on the smallest file.
#
# usage: bench/run.sh
#   BENCH_ROWS="1000000 10000000"  the files' sizes
#   BENCH_F_ROWS=30000000          one more size for f only, when the disk
#                                  has room (default: none when BENCH_ROWS
#                                  is set, else 30000000)
#   BENCH_TASKS="a b ..."          a subset of the tasks (default: all)
#   BENCH_RUNS=5                   timed runs of each command
#   BENCH_RESULTS=bench/RESULTS.md the table, rewritten
#
# After the timing, bench/goals.awk says which of issue 22's goals this
# run met; tradestat's command of each task with a goal not met runs
# once more under `perf record -g` (on the largest file), and RESULTS.md
# gives its top symbols beside the task's paragraph in bench/unmet.md
# (what would close it; hand-written).  The perf.data files stay in
# build/bench for `perf report -i`.
set -euo pipefail
cd "$(dirname "$0")/.."
B=build/bench
ROWS=${BENCH_ROWS:-"1000000 10000000"}
if [ -n "${BENCH_ROWS:-}" ]; then
	FROWS=${BENCH_F_ROWS:-}
else
	FROWS=${BENCH_F_ROWS-30000000}
fi
RUNS=${BENCH_RUNS:-5}
ALL_TASKS="a b b-baci c d e f g g-zip stdin claims"
TASKS=${BENCH_TASKS:-$ALL_TASKS}
OUT=${BENCH_RESULTS:-bench/RESULTS.md}
mkdir -p "$B"

note() { printf '%s\n' "$*" >&2; }

for task in $TASKS; do
	case " $ALL_TASKS " in
	*" $task "*) ;;
	*) note "bench: no task '$task' (tasks: $ALL_TASKS)"; exit 2 ;;
	esac
done
small=$(echo $ROWS | tr ' ' '\n' | sort -n | head -1)

# the sizes a task runs at
sizes() {
	case $1 in
	claims) echo "$small" ;;
	f) echo $ROWS $FROWS ;;
	*) echo $ROWS ;;
	esac
}
largest() { sizes $1 | tr ' ' '\n' | sort -n | tail -1; }
# f's largest file, its roll-up and a peer's: about 200 bytes a row
if [ -n "$FROWS" ] && [[ " $TASKS " == *" f "* ]]; then
	for n in $FROWS; do
		avail=$(df -Pk "$B" | awk 'NR == 2 { print $4 }')
		if [ "$avail" -lt $((n / 1024 * 200 + 4 * 1024 * 1024)) ] &&
		    [ ! -s "$B/t$n.csv" ]; then
			note "bench: $((avail / 1024)) MB free: f on $n rows is skipped"
			FROWS=$(echo $FROWS | tr ' ' '\n' | grep -vx "$n" || true)
		fi
	done
fi

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
for p in mawk datamash mlr zip unzip; do
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
if [[ " $TASKS " == *" g-zip "* ]] && ! { command -v zip && command -v unzip; } >/dev/null; then
	note "bench: no zip and unzip: task g-zip is skipped"
	TASKS=$(echo " $TASKS " | sed 's/ g-zip / /')
fi

# --- the generator and the data, written whole or not at all (an
# interrupted run leaves no short file); the generator's counts of each
# file are kept beside it
cc -O2 -std=c11 -D_DEFAULT_SOURCE -o "$B/gen" bench/gen.c -lm
cc -O2 -std=c11 -D_DEFAULT_SOURCE -o "$B/floor" bench/floor.c \
    $(pkg-config --libs libarchive 2>/dev/null || echo -larchive)
"$B/gen" countries 0 > "$B/countries.csv"
gen() {	# gen canonical|baci|claims N FILE (again when gen.c changed)
	[ -s "$3" ] && [ "$3" -nt bench/gen.c ] && return 0
	note "bench: generating $3"
	"$B/gen" "$1" "$2" > "$3.tmp" 2> "$3.gen" ||
	    { note "bench: $3: $(cat "$3.gen")"; exit 1; }
	mv "$3.tmp" "$3"
}
input() {	# input N TASK: the file task TASK reads at N rows
	case $2 in
	d|b-baci) echo "$B/b$1.csv" ;;
	g) echo "$B/t$1.csv.gz" ;;
	g-zip) echo "$B/t$1.zip" ;;
	*) echo "$B/t$1.csv" ;;
	esac
}
for task in $TASKS; do
	for n in $(sizes $task); do
		case $task in
		d|b-baci) gen baci "$n" "$B/b$n.csv" ;;
		*) gen canonical "$n" "$B/t$n.csv" ;;
		esac
		f=$B/t$n.csv
		case $task in
		g) [ "$f.gz" -nt "$f" ] || { note "bench: gzip $f"
			gzip -c "$f" > "$f.gz.tmp" && mv "$f.gz.tmp" "$f.gz"; } ;;
		g-zip) [ "$B/t$n.zip" -nt "$f" ] || { note "bench: zip $f"
			rm -f "$B/t$n.zip.tmp"
			zip -q -j "$B/t$n.zip.tmp" "$f" && mv "$B/t$n.zip.tmp" "$B/t$n.zip"; } ;;
		claims) gen claims "$n" "$B/c$n.csv" ;;
		esac
	done
done

make -s all >&2

# ====================================================================
# The tradestat side: the one place that says how tradestat does each
# task, and its other ways of doing it (tradestat-zcat, ...: the same
# program behind another reader; trade-agg: the pass claims is measured
# against).  Programs are named without bin/; a task whose programs are
# not all in bin/ yet is skipped (with a message), peers included.
# $F is the input file, $O the output file, $C the claims file.
ts_cmd() {	# ts_cmd TASK [TOOL]
	case $1/${2:-tradestat} in
	a/tradestat) echo "trade-filter -q --product 8542 \$F | trade-agg -q --by reporter,partner | trade-share -q > \$O" ;;
	b/tradestat|b-baci/tradestat|g/tradestat|g-zip/tradestat|stdin/tradestat|claims/trade-agg)
		echo "trade-agg -q --by period \$F > \$O" ;;
	c/tradestat) echo "trade-agg -q --by period,reporter,partner \$F | trade-conc -q > \$O" ;;
	d/tradestat) echo "trade-load -q --countries $B/countries.csv \$F > \$O" ;;
	e/tradestat) echo "trade-filter -q --product 85 \$F | trade-share -q > \$O" ;;
	f/tradestat) echo "trade-agg -q --by period,reporter,partner,product,flow \$F > \$O" ;;
	g/tradestat-zcat) echo "zcat \$F | trade-agg -q --by period > \$O" ;;
	g-zip/tradestat-unzip) echo "unzip -p \$F | trade-agg -q --by period > \$O" ;;
	stdin/tradestat-stdin) echo "cat \$F | trade-agg -q --by period > \$O" ;;
	claims/tradestat) echo "trade-claim -q \$C \$F > \$O" ;;
	esac
}
ts_tools="tradestat tradestat-zcat tradestat-unzip tradestat-stdin trade-agg"
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
	tradestat*/*|trade-agg/*) ts_cmd "$task" "$tool" | sed -E "s#(^|\| )trade#\1$T/trade#g" ;;
	duckdb/a|duckdb/b|duckdb/b-baci|duckdb/c|duckdb/d|duckdb/e|duckdb/f|duckdb/g)
		[ $have_node = 1 ] && echo "node $B/node/duckdb.mjs $task \$F \$O $B/countries.csv" ;;
	polars/a|polars/b|polars/b-baci|polars/c|polars/d|polars/e|polars/f|polars/g)
		[ $have_node = 1 ] && echo "node $B/node/polars.mjs $task \$F \$O $B/countries.csv" ;;
	mawk/d) command -v mawk >/dev/null && echo "mawk -f bench/peers/d.awk $B/countries.csv \$F > \$O" ;;
	mawk/g) command -v mawk >/dev/null && echo "zcat \$F | mawk -f bench/peers/b.awk > \$O" ;;
	mawk/g-zip) command -v mawk >/dev/null && echo "unzip -p \$F | mawk -f bench/peers/b.awk > \$O" ;;
	mawk/a|mawk/b|mawk/b-baci|mawk/c|mawk/e|mawk/f)
		command -v mawk >/dev/null && echo "mawk -f bench/peers/$task.awk \$F > \$O" ;;
	datamash/b) command -v datamash >/dev/null && echo "datamash -t, -H -s -g 1 sum 6 < \$F | sed '1s/.*/period,value/' > \$O" ;;
	miller/a) command -v mlr >/dev/null && echo "mlr --icsv --ocsv filter '\$product =~ \"^8542\"' then stats1 -a sum -f value -g reporter,partner then rename value_sum,value then fraction -f value -g reporter then rename value_fraction,share \$F > \$O" ;;
	miller/b) command -v mlr >/dev/null && echo "mlr --icsv --ocsv stats1 -a sum -f value -g period then rename value_sum,value \$F > \$O" ;;
	miller/c) command -v mlr >/dev/null && echo "mlr --icsv --ocsv stats1 -a sum -f value -g period,reporter,partner then fraction -f value_sum -g period,reporter then put '\$sq = \$value_sum_fraction ** 2' then stats1 -a sum -f sq -g period,reporter then rename sq_sum,hhi \$F > \$O" ;;
	floor-read/*) echo "$B/floor read \$F > /dev/null" ;;
	floor-memchr/g|floor-memchr/g-zip) ;;
	floor-memchr/*) echo "$B/floor memchr \$F > /dev/null" ;;
	floor-zcat/g) echo "zcat \$F > /dev/null" ;;
	floor-unzip/g-zip) echo "unzip -p \$F > /dev/null" ;;
	floor-libarchive/g|floor-libarchive/g-zip) echo "$B/floor archive \$F > /dev/null" ;;
	floor-pipe/stdin) echo "cat \$F | $B/floor memchr - > /dev/null" ;;
	*) ;;
	esac
	return 0
}
# a command with its files: subst N TASK COMMAND
subst() {
	local F O C
	F=$(input "$1" "$2") O=$B/out.csv C=$B/c$1.csv
	echo "$3" | sed "s|\\\$F|$F|g; s|\\\$O|$O|g; s|\\\$C|$C|g"
}

# a result's fingerprint: rows, sum of value, sum of share (a, e) or hhi (c)
fingerprint() {
	awk -F, -v task="$2" '
	NR == 1 { for (i = 1; i <= NF; i++) { gsub(/"/, "", $i); c[$i] = i } ; next }
	{ n++; v += $(c["value"]); if (task == "a" || task == "e") s += $(c["share"]); if (task == "c") s += $(c["hhi"]) }
	END { if (task == "c") printf "%d groups, sum of hhi %.6f\n", n, s
	      else if (task == "a" || task == "e") printf "%d rows, value %.6e, sum of shares %.6f\n", n, v, s
	      else printf "%d rows, value %.6e\n", n, v }' "$1"
}
# trade-claim's verdicts ($1), each value claim's computed figure checked
# against the sum of its rows in the data ($3) for the claims ($2)
check_claims() {
	awk -F, '
	FILENAME == ARGV[1] { if (FNR > 1) { n++; verdict[$2]++; got[$1] = $3 }; next }
	FILENAME == ARGV[2] {
		if (FNR == 1 || $3 != "value") next
		id[$1] = 1; prod[$1] = $7
		if (split($8, y, /\.\./) == 2) { y0[$1] = y[1]; y1[$1] = y[2] }
		else y0[$1] = y1[$1] = $8
		by[$4 FS $5] = by[$4 FS $5] " " $1
		next
	}
	FNR > 1 && ($2 FS $3) in by {
		m = split(by[$2 FS $3], ids, " ")
		for (x = 1; x <= m; x++) {
			k = ids[x]
			if ($1 >= y0[k] && $1 <= y1[k] && index($5, prod[k]) == 1)
				sum[k] += $6
		}
	}
	END {
		for (k in id) {
			nv++
			d = got[k] - sum[k]
			if ((got[k] == "") != (sum[k] == 0) || d > 1e-9 * sum[k] || -d > 1e-9 * sum[k]) {
				printf "claim %s computed %s, its rows sum to %.17g\n", k, got[k], sum[k]
				bad = 1
			}
		}
		printf "%d claims: %d supported, %d contradicted, %d insufficient; %d value claims %s\n",
		    n, verdict["supported"], verdict["contradicted"], verdict["insufficient"],
		    nv, bad ? "DIFFER from their rows" : "equal to the sums of their rows"
		exit bad
	}' "$1" "$2" "$3"
}

floors="floor-read floor-memchr floor-zcat floor-unzip floor-libarchive floor-pipe"
tools="tradestat tradestat-zcat tradestat-unzip tradestat-stdin trade-agg $floors duckdb polars mawk datamash miller"
tasks=
for task in $TASKS; do
	ts_ready $task && tasks="$tasks $task"
done

# --- check that every tool computes the same thing
note "bench: checking the results on $small rows"
for task in $tasks; do
	want=
	for tool in $tools; do
		c=$(cmd $tool $task)
		[ -n "$c" ] && [[ $tool != floor-* ]] || continue
		[ $task = claims ] && [ $tool != tradestat ] && continue
		O=$B/out.$tool.$task.csv
		bash -c "$(subst $small $task "$c" | sed "s|$B/out.csv|$O|g")"
		if [ $task = claims ]; then
			got=$(check_claims "$O" "$B/c$small.csv" "$B/t$small.csv") || {
				note "  claims: $got"; exit 1; }
			note "  $task $tool: $got"
			continue
		fi
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
t_start=$(date +%s)
# The tools take turns: each round runs every tool once, so that a change
# in the machine's load (other work on the same cores) falls on all of
# them alike and not on one tool's five runs.
for n in $(for task in $tasks; do sizes $task; done | tr ' ' '\n' | sort -nu); do
	for task in $tasks; do
		case " $(sizes $task) " in *" $n "*) ;; *) continue ;; esac
		F=$(input $n $task)
		load=$(cut -d' ' -f1 /proc/loadavg)
		run=
		for tool in $tools; do
			c=$(cmd $tool $task)
			[ -n "$c" ] || continue
			[ $tool = miller ] && [ "$n" != "$small" ] && continue
			[[ $tool == floor-* ]] && [ "$n" != "$(largest $task)" ] &&
			    continue
			v=${tool//-/_}
			c=$(subst $n $task "$c")
			eval "c_$v=\$c"
			: > "$B/times.$tool"
			: > "$B/rss.$tool"
			rm -f "$B/out.csv"
			w=$(run1 "$c")		# the warm-up
			# the rows of its output, for goals.awk's flat memory
			o=-
			[ -s "$B/out.csv" ] && o=$(( $(wc -l < "$B/out.csv") - 1 ))
			eval "out_$v=\$o"
			runs=$RUNS
			[ "$(echo "$w" | awk '{ print ($1 > 15) }')" = 1 ] && runs=1
			eval "runs_$v=$runs"
			run="$run $tool"
		done
		for r in $(seq $RUNS); do
			for tool in $run; do
				v=${tool//-/_}
				eval "c=\$c_$v runs=\$runs_$v"
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
			eval "o=\$out_${tool//-/_}"
			printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$task" \
			    "$tool" "$t" "$mb" "$rss" "$runs" "$load" "$o" >> "$results"
			note "  $n rows, task $task, $tool: ${t} s, $((rss / 1024)) MB ($runs runs)"
		done
	done
done
rm -f "$B/out.csv"
load1=$(cut -d' ' -f1-3 /proc/loadavg)
t_run=$(( $(date +%s) - t_start ))

# --- the goals (bench/goals.awk), and tradestat's command of each task
# with a goal not met once more under perf, outside the timing
big=$(echo $ROWS | tr ' ' '\n' | sort -n | tail -1)
fbig=$(for n in $FROWS; do case " $ROWS " in *" $n "*) ;; *) echo $n ;; esac; done)
goals() {
	awk -f bench/goals.awk -v small="$small" -v big="$big" \
	    -v fbig="$(echo $fbig)" "$@" "$results"
}
goals -v list=1 > "$B/unmet.txt"
rm -f "$B"/perf.*	# no profile of an earlier run is taken for this one's
perf_why=
if ! command -v perf >/dev/null; then
	perf_why="perf is not installed (apt-get install -y linux-perf)"
elif ! perf record -q -e cpu-clock -o "$B/perf.check.data" -- true \
    > /dev/null 2> "$B/perf.err"; then
	perf_why="perf record is not permitted here ($(head -1 "$B/perf.err"))"
fi
rm -f "$B/perf.check.data"
while IFS=$'\t' read -r task tool; do
	[ -z "$perf_why" ] || break
	n=$big
	[ "$task" = claims ] && n=$small
	c=$(subst $n $task "$(cmd $tool $task)")
	note "bench: profiling $task ($tool) on $n rows"
	# a sample per millisecond of CPU: samples / 1000 is CPU seconds
	if perf record -q -e cpu-clock -c 1000000 -g -o "$B/perf.$task.data" \
	    -- bash -c "$c" > /dev/null 2> "$B/perf.$task.err"; then
		perf report -i "$B/perf.$task.data" --stdio --no-children -g none \
		    --sort comm,dso,sym -n -q 2>/dev/null > "$B/perf.$task.txt"
	else
		: > "$B/perf.$task.txt"
	fi
done < "$B/unmet.txt"
rm -f "$B/out.csv"

# a profile as a block: each process (threads together), its CPU
# seconds and share of the samples, then its symbols of 3% of its
# samples or more, at most 12
profile() {
	awk '
	NF >= 5 && $1 ~ /%$/ {
		c = $3; n = $2
		sym = $6
		for (i = 7; i <= NF; i++) sym = sym " " $i
		tot[c] += n; all += n
		k = c SUBSEP sym
		if (!(k in s)) { ns[c]++; key[c, ns[c]] = k; dso[k] = $4 }
		s[k] += n
		if (!(c in seen)) { seen[c] = 1; comm[++nc] = c }
	}
	END {
		for (i = 2; i <= nc; i++)	# the busiest process first
			for (j = i; j > 1 && tot[comm[j]] > tot[comm[j - 1]]; j--) {
				c = comm[j]; comm[j] = comm[j - 1]; comm[j - 1] = c
			}
		for (i = 1; i <= nc; i++) {
			c = comm[i]
			if (tot[c] < all / 100) continue
			printf "%-16s %7.2f s CPU  %5.1f%% of the samples\n", c, tot[c] / 1000, 100 * tot[c] / all
			shown = 0
			for (j = 1; j <= ns[c] && shown < 12; j++) {
				k = key[c, j]
				if (s[k] < tot[c] * 0.03) break
				split(k, p, SUBSEP)
				printf "    %5.1f%%  %-44s %s\n", 100 * s[k] / tot[c], p[2], dso[k]
				shown++
			}
		}
	}' "$1"
}

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
version() { "$@" 2>/dev/null | head -1 || true; }

# the goals not met: each task's profile and its paragraph of
# bench/unmet.md
unmet() {
	local task tool n c
	echo "## The goals not met"
	echo
	if [ ! -s "$B/unmet.txt" ]; then
		echo "None: every goal measured in this run is met."
		return
	fi
	echo "For each task with a goal not met: tradestat's command run once"
	echo "more on the largest file, after the timing, under \`perf record -g"
	echo "-e cpu-clock -c 1000000\` ($(perf --version 2>/dev/null || echo "no perf")); a sample per millisecond of CPU, threads"
	echo "and the processes of a pipeline each counted; each process's"
	echo "CPU time and its symbols of 3% of its samples or more. The"
	echo "perf.data files are in build/bench (\`perf report -i"
	echo "build/bench/perf.TASK.data\` for the call graphs). Then what"
	echo "would close the goal: bench/unmet.md, written by hand from the"
	echo "profiles of earlier runs; read it against this run's figures."
	[ -z "$perf_why" ] || { echo; echo "No profiles in this run: $perf_why."; }
	while IFS=$'\t' read -r task tool; do
		n=$big
		[ "$task" = claims ] && n=$small
		echo
		echo "### $task"
		echo
		echo "Not met: $(goals -v about="$task")."
		echo
		c=$(ts_cmd $task $tool | sed "s|$B/|build/bench/|g; s|\\\$F|FILE|; s|\\\$C|CLAIMS|; s| > \\\$O||")
		if [ -n "$perf_why" ]; then
			echo "No profile (see above)."
		elif [ -s "$B/perf.$task.txt" ]; then
			echo "\`$c\`, FILE $(basename "$(input $n $task)"): $(awk -F'\t' -v n=$n -v k=$task -v t=$tool '$1 == n && $2 == k && $3 == t { print $4 }' "$results") s wall"
			echo "(the timing's median); the profile's run took $(awk 'NF >= 5 && $1 ~ /%$/ { n += $2 } END { printf "%.2f", n / 1000 }' "$B/perf.$task.txt") s of CPU:"
			echo
			echo '```'
			profile "$B/perf.$task.txt"
			echo '```'
		else
			echo "\`$c\`: no profile (perf record or report gave no samples: $(head -1 "$B/perf.$task.err" 2>/dev/null))."
		fi
		echo
		awk -v t="$task" '
		/^## / { p = ($2 == t); if (p) found = 1; next }
		p { print }
		END { if (!found) print "bench/unmet.md has no paragraph for task " t "." }' \
		    bench/unmet.md | sed -e '/./,$!d' | sed -e :a -e '/^\n*$/{$d;N;ba' -e '}'
	done < "$B/unmet.txt"
}

# the floors: the least each task's reader must do, on its largest file
floors() {
	echo "## The floors"
	echo
	echo "Measured in the same rounds as the task's tools, on the task's"
	echo "largest file (bench/floor.c, one thread): read() in 1 MB blocks;"
	echo "read() and memchr, counting the lines; for g and g-zip the"
	echo "decompressor alone, zcat or unzip -p, and libarchive (which"
	echo "tradestat reads them with) with memchr over what comes out; for"
	echo "stdin, \`cat FILE |\` into read() and memchr, against tradestat's"
	echo "\`cat FILE | trade-agg\`. tradestat / floor is how many times the"
	echo "floor's time tradestat's whole run takes (on all the cores)."
	echo
	echo "| task | file | floor | floor (s) | tradestat (s) | tradestat / floor |"
	echo "|---|---|---|---:|---:|---:|"
	local task n
	for task in $tasks; do
		n=$(largest $task)
		awk -F'\t' -v n="$n" -v task="$task" -v file="$(basename "$(input $n $task)")" '
		BEGIN {
			what["floor-read"] = "read()"
			what["floor-memchr"] = "read() + memchr"
			what["floor-zcat"] = "zcat"
			what["floor-unzip"] = "unzip -p"
			what["floor-libarchive"] = "libarchive + memchr"
			what["floor-pipe"] = "`cat FILE \\|` read() + memchr"
		}
		$1 == n && $2 == task { t[$3] = $4; if ($3 ~ /^floor-/) f[++nf] = $3 }
		END {
			for (i = 1; i <= nf; i++) {
				ts = f[i] == "floor-pipe" ? "tradestat-stdin" : "tradestat"
				if (!(ts in t)) continue
				printf "| %s | %s | %s | %.3f | %.3f | %.1f |\n", task, file, what[f[i]], t[f[i]], t[ts], (t[f[i]] > 0 ? t[ts] / t[f[i]] : 0)
			}
		}' "$results"
	done
}
{
	echo "# Benchmark results"
	echo
	echo "Written by \`make bench\` (bench/run.sh) on $(date -u +%Y-%m-%d),"
	echo "$(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo),"
	echo "$(uname -sr). Generated BACI-shaped data (bench/gen.c, described in"
	echo "bench/README.md): canonical CSV, the same rows in BACI's t,i,j,k,v,q"
	echo "for b-baci and d, gzipped (gzip -6) for g, zipped for g-zip. The"
	echo "generator's counts:"
	echo
	for n in $(for task in $tasks; do sizes $task; done | tr ' ' '\n' | sort -nu); do
		f=$B/t$n.csv.gen
		[ -s "$f" ] || f=$B/b$n.csv.gen
		[ -s "$f" ] && echo "- $n: $(sed 's/^gen: //' "$f")"
	done
	echo
	goals
	echo
	unmet
	echo
	floors
	echo
	echo "## The run"
	echo
	echo "Tools: tradestat $(bin/trade --version 2>/dev/null | head -1 | awk '{ print $NF }');"
	[ $have_node = 1 ] && echo "DuckDB $(cd $B/node && node -e "console.log(require('@duckdb/node-api/package.json').version)" 2>/dev/null) ($duck_threads threads, its own setting) and Polars $(cd $B/node && node -e "console.log(require('nodejs-polars/package.json').version)" 2>/dev/null) ($polars_threads threads, its pool) through node $(node --version);"
	command -v mawk >/dev/null && echo "$(mawk -W version 2>&1 | head -1 | cut -d' ' -f1-2),"
	command -v datamash >/dev/null && echo "datamash $(version datamash --version | awk '{ print $NF }'),"
	command -v mlr >/dev/null && echo "Miller $(version mlr --version | awk '{ print $2 }') (one thread each),"
	echo "$(version gzip --version), $(version unzip -v | cut -d' ' -f1-2)."
	echo "Miller runs on the smallest file only (seconds per million rows, GBs of RSS)."
	echo "tradestat runs as a user would type it, programs in a pipeline; the one"
	echo "that reads the file reads its blocks on $ts_threads threads (the cores, at most 8;"
	echo "--read-with threads=N sets it), the others read the small roll-up in one:"
	echo
	for task in $tasks; do
		for tool in $ts_tools; do
			c=$(ts_cmd $task $tool)
			[ -n "$c" ] || continue
			echo "- $task, $tool: \`$(echo "$c" | sed "s|$B/|build/bench/|g; s|\\\$F|FILE|; s|\\\$C|CLAIMS|; s| > \\\$O||")\`, FILE $(basename "$(input N $task)")"
		done
	done
	echo
	echo "DuckDB and Polars sort what tradestat sorts (b, e, f); mawk does not."
	echo "claims runs on the smallest file: trade-claim with the 100 claims of"
	echo "\`gen claims\` against trade-agg --by period (one pass); its ratio"
	echo "below 1 is how much longer the claims take. The floors are in"
	echo "their own table above."
	echo
	echo "Wall time is the median of the runs after one warm-up (one run when"
	echo "the warm-up took more than 15 s), the tools taking turns run by run;"
	echo "load average (1, 5, 15 min) $load0 before the timing, $load1 after"
	echo "($t_run s of timing); the load column is the 1-minute load when the"
	echo "task started: the cores are shared with other work, so read the"
	echo "ratios, not the times. RSS is the peak over the runs of"
	echo "the largest process; ratio is the tool's time over tradestat's (above"
	echo "1: tradestat is faster). Every tool's result was checked against"
	echo "tradestat's on the smallest file first (rows, sums, shares, HHI; the"
	echo "claims' values against the sums of their rows). MB/s is of the file"
	echo "as read (compressed for g and g-zip)."
	echo
	echo "| rows | task | tool | threads | time (s) | MB/s | peak RSS (MB) | ratio to tradestat | load |"
	echo "|---:|---|---|---|---:|---:|---:|---:|---:|"
	awk -F'\t' -v dt="$duck_threads" -v pt="$polars_threads" -v tt="$ts_threads" '
	$3 == "tradestat" { base[$1 FS $2] = $4 }
	$3 !~ /^floor-/ { row[++nr] = $0 }
	END {
		for (i = 1; i <= nr; i++) {
			split(row[i], f, "\t")
			th = f[3] == "duckdb" ? dt : f[3] == "polars" ? pt : 1
			if (f[3] ~ /^trade/) th = tt " + pipeline"
			printf "| %s | %s | %s | %s | %.3f | %.0f | %.0f | %.2f | %s |\n", f[1], f[2], f[3], th, f[4], f[5] / (f[4] > 0 ? f[4] : 1), f[6] / 1024, f[4] / base[f[1] FS f[2]], f[8]
		}
	}' "$results"
} > "$OUT"
cat "$OUT"
