#!/bin/sh
# run.sh - tradestat's test runner.
#
# usage: [BIN=bin] [UNITDIR=build/unit] [RECORD=1] sh tests/run.sh [pattern]
#
# Runs the unit test programs in $UNITDIR, then every CLI case
# tests/cli/*/*.sh (and tests/bad/*/*.sh): a short shell script run from
# the project root with the programs of $BIN first on PATH and LC_ALL=C,
# whose stdout, stderr and exit status must equal NAME.out, NAME.err and
# NAME.rc beside it (a missing .err means empty, a missing .rc means 0).
# A case whose first lines say "# needs: shared" uses ../shared/data and
# is skipped, saying so, when that folder is absent; "# needs: PROG"
# skips when PROG is not installed.  RECORD=1 writes the expectations
# instead of comparing (read the diff before committing it).
#
# The last line is the count: "N passed, N failed, N skipped".

cd "$(dirname "$0")/.." || exit 2
BIN=${BIN:-bin}
UNITDIR=${UNITDIR:-build/unit}
pattern=${1:-}
case $BIN in /*) ;; *) BIN=$(pwd)/$BIN ;; esac
SHARED=../shared/data
# The real files the loops over every file take (SHARED_SAMPLE): each
# file at the top of a folder, and the first of each folder of monthly
# files, which hold one format each: the same quirks at a sixth of the
# runs.
SHARED_SAMPLE=
for f in "$SHARED"/*/*.csv; do
	[ -f "$f" ] && SHARED_SAMPLE="$SHARED_SAMPLE $f"
done
for d in "$SHARED"/*/*/; do
	set -- "$d"*.csv
	[ -f "$1" ] && SHARED_SAMPLE="$SHARED_SAMPLE $1"
done
set --
export SHARED SHARED_SAMPLE LC_ALL=C TZ=UTC
PATH=$BIN:$PATH
export PATH
TMPDIR=$(mktemp -d "${TMPDIR:-/tmp}/tradestat-test.XXXXXX") || exit 2
export TMPDIR
# a signal ends the run (a trap that did not exit would go on to the
# next case); the EXIT trap then removes the scratch directory
trap 'rm -rf "$TMPDIR"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

pass=0
fail=0
skip=0
failed=

note_fail() {
	fail=$((fail + 1))
	failed="$failed $1"
	echo "FAIL $1"
}

# unit tests
for u in "$UNITDIR"/test_*; do
	[ -x "$u" ] || continue
	name=unit/$(basename "$u")
	case $name in *"$pattern"*) ;; *) continue ;; esac
	if "$u" > "$TMPDIR/unit.out" 2>&1; then
		pass=$((pass + 1))
	else
		cat "$TMPDIR/unit.out"
		note_fail "$name"
	fi
done

# CLI cases
for t in tests/cli/*/*.sh tests/bad/*/*.sh; do
	[ -f "$t" ] || continue
	base=${t%.sh}
	name=${base#tests/}
	case $name in *"$pattern"*) ;; *) continue ;; esac
	needs=$(sed -n '1,3s/^# needs: //p' "$t")
	why=
	for n in $needs; do
		if [ "$n" = shared ]; then
			[ -d "$SHARED" ] || why="needs $SHARED (absent)"
		elif ! command -v "$n" >/dev/null 2>&1; then
			why="needs $n (not installed)"
		fi
	done
	if [ -n "$why" ]; then
		echo "SKIP $name: $why"
		skip=$((skip + 1))
		continue
	fi
	work=$TMPDIR/work
	rm -rf "$work"
	mkdir -p "$work"
	T=$work sh "$t" > "$TMPDIR/out" 2> "$TMPDIR/err" < /dev/null
	rc=$?
	# sanitizer reports are failures of their own
	if grep -q 'ERROR: \(Address\|Leak\)Sanitizer\|runtime error:' \
	    "$TMPDIR/err"; then
		cat "$TMPDIR/err"
		note_fail "$name (sanitizer)"
		continue
	fi
	if [ -n "${RECORD:-}" ]; then
		cp "$TMPDIR/out" "$base.out"
		if [ -s "$TMPDIR/err" ]; then cp "$TMPDIR/err" "$base.err"
		else rm -f "$base.err"; fi
		if [ "$rc" -ne 0 ]; then echo "$rc" > "$base.rc"
		else rm -f "$base.rc"; fi
		pass=$((pass + 1))
		continue
	fi
	want_rc=0
	[ -f "$base.rc" ] && want_rc=$(cat "$base.rc")
	ok=1
	if [ "$rc" != "$want_rc" ]; then
		echo "$name: exit status $rc, want $want_rc"
		ok=0
	fi
	if [ -f "$base.out" ]; then
		if ! cmp -s "$TMPDIR/out" "$base.out"; then
			echo "$name: stdout differs:"
			diff "$base.out" "$TMPDIR/out" | head -20
			ok=0
		fi
	elif [ -s "$TMPDIR/out" ]; then
		echo "$name: unexpected stdout:"
		head -5 "$TMPDIR/out"
		ok=0
	fi
	if [ -f "$base.err" ]; then
		if ! cmp -s "$TMPDIR/err" "$base.err"; then
			echo "$name: stderr differs:"
			diff "$base.err" "$TMPDIR/err" | head -20
			ok=0
		fi
	elif [ -s "$TMPDIR/err" ]; then
		echo "$name: unexpected stderr:"
		head -5 "$TMPDIR/err"
		ok=0
	fi
	if [ $ok -eq 1 ]; then
		pass=$((pass + 1))
	else
		note_fail "$name"
	fi
done

[ -n "$failed" ] && echo "failed:$failed"
echo "$pass passed, $fail failed, $skip skipped"
[ "$fail" -eq 0 ]
