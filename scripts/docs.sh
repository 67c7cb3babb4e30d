#!/bin/sh
# docs.sh - run every command of the worked analyses in docs/*.md and
# compare its output with what the page shows (make docs).  A page cannot
# lie: any difference fails.
#
# In a page, a ```console block holds commands ("$ " lines, run from the
# project root with the programs on PATH) each followed by its output.
# A page that reads ../shared/data says <!-- needs: shared --> and is
# skipped, and said so, when that folder is absent; one that runs a
# program of the test packages says <!-- needs: PROG --> (parallel), and
# is skipped, naming scripts/deps.sh, when PROG is not installed.
#
# A page shows what a terminal shows: a program that fails writes no
# marker line (#tradestat-error:) there, so none is compared here.  A
# command that fails (any program of its pipeline: bash's pipefail) shows
# its exit status as the last line of its output, "[1]", as cram does; a
# page cannot pass on a command that failed where the page shows none.
#
# usage: [RECORD=1] [DOCS_SCRATCH=1] scripts/docs.sh [page.md...]
#   RECORD=1 writes each command's output into the page instead (then read
#   the page: what it shows is what the programs say)
#   DOCS_SCRATCH=1 runs the commands in a scratch copy of the tree whose
#   plots/ is empty, so the charts the pages draw are checked (each -o
#   file must be a PNG) without rewriting the tracked ones (the tests)
set -u
BIN=${BIN:-bin}
PATH=$(cd "$BIN" && pwd):$PATH
export PATH LC_ALL=C
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
command -v bash >/dev/null || { echo "docs.sh: bash is needed"; exit 1; }

# run COMMAND: its output and error, without markers, then "[N]" when it
# failed
run() {
	{ bash -o pipefail -c "$1" 2>&1; echo $? > "$tmp/rc"; } |
	    sed '/^#tradestat-error: /d'
	rc=$(cat "$tmp/rc")
	[ "$rc" = 0 ] || echo "[$rc]"
}

root=$(pwd)
pages=$*
[ -n "$pages" ] || pages=$(ls docs/*.md)
if [ "${DOCS_SCRATCH:-}" = 1 ]; then
	mkdir "$tmp/tree" "$tmp/tree/root" "$tmp/tree/root/plots"
	for f in "$root"/* "$root"/.[!.]*; do
		[ -e "$f" ] && [ "${f##*/}" != plots ] &&
		    ln -s "$f" "$tmp/tree/root/${f##*/}"
	done
	[ -d ../shared ] && ln -s "$(cd ../shared && pwd)" "$tmp/tree/shared"
	cd "$tmp/tree/root" || exit 1
fi
fail=0
for page in $pages; do
	case $page in /*) ;; *) page=$root/$page ;; esac
	if grep -q '<!-- needs: shared -->' "$page" && [ ! -d ../shared/data ]; then
		echo "skip ${page#$root/} (needs ../shared/data)"
		continue
	fi
	# <!-- needs: PROG -->: a test package (scripts/deps.sh test)
	missing=
	for n in $(sed -n 's/^<!-- needs: \([a-z0-9-]*\) -->$/\1/p' "$page"); do
		[ "$n" = shared ] || command -v "$n" >/dev/null ||
		    missing="$missing $n"
	done
	if [ -n "$missing" ]; then
		echo "skip ${page#$root/} (needs$missing: scripts/deps.sh test installs it)"
		continue
	fi
	if [ "${RECORD:-}" = 1 ]; then
		: > "$tmp/page"
		inblock=0
		skip=0
		while IFS= read -r line; do
			case $inblock$line in
			0'```console'*) inblock=1 ;;
			1'```'*) inblock=0; skip=0 ;;
			1'$ '*)
				printf '%s\n' "$line" >> "$tmp/page"
				run "${line#\$ }" >> "$tmp/page"
				skip=1
				continue ;;
			esac
			[ $skip = 1 ] && [ $inblock = 1 ] && continue
			printf '%s\n' "$line" >> "$tmp/page"
		done < "$page"
		cp "$tmp/page" "$page"
		echo "recorded ${page#$root/}"
		continue
	fi
	# split the page into numbered command/expected pairs
	rm -f "$tmp"/cmd.* "$tmp"/want.*
	awk -v dir="$tmp" '
	/^```console/ { inblock = 1; next }
	inblock && /^```/ { inblock = 0; next }
	inblock && /^\$ / { n++; print substr($0, 3) > (dir "/cmd." n)
		printf "" > (dir "/want." n); next }
	inblock && n { print > (dir "/want." n) }
	' "$page"
	i=1
	ok=0
	while [ -f "$tmp/cmd.$i" ]; do
		run "$(cat "$tmp/cmd.$i")" > "$tmp/got"
		# the charts it draws are PNG files
		for png in $(grep -o -- '-o [^ ]*\.png' "$tmp/cmd.$i" |
		    cut -c4-); do
			[ "$(head -c 4 "$png" 2>/dev/null | od -An -c |
			    tr -d ' ')" = '211PNG' ] && continue
			echo "${page#$root/}: \$ $(cat "$tmp/cmd.$i"):" \
			    "$png is not a PNG"
			echo "[chart]" >> "$tmp/got"
		done
		if ! cmp -s "$tmp/got" "$tmp/want.$i"; then
			echo "${page#$root/}: the output of \$ $(cat "$tmp/cmd.$i") differs:"
			diff "$tmp/want.$i" "$tmp/got" | head -20
			fail=1
		else
			ok=$((ok + 1))
		fi
		i=$((i + 1))
	done
	echo "${page#$root/}: $ok of $((i - 1)) commands give what the page shows"
done
exit $fail
