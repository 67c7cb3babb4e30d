#!/bin/sh
# docs.sh - run every command of the worked analyses in docs/*.md and
# compare its output with what the page shows (make docs).  A page cannot
# lie: any difference fails.
#
# In a page, a ```console block holds commands ("$ " lines, run from the
# project root with the programs on PATH) each followed by its output.
# A page that reads ../shared/data says <!-- needs: shared --> and is
# skipped, and said so, when that folder is absent.
#
# A page shows what a terminal shows: a program that fails writes no
# marker line (#tradestat-error:) there, so none is compared here.
#
# usage: [RECORD=1] scripts/docs.sh [page.md...]
#   RECORD=1 writes each command's output into the page instead (then read
#   the page: what it shows is what the programs say)
set -u
BIN=${BIN:-bin}
PATH=$(cd "$BIN" && pwd):$PATH
export PATH LC_ALL=C
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
pages=$*
[ -n "$pages" ] || pages=$(ls docs/*.md)
for page in $pages; do
	if grep -q '<!-- needs: shared -->' "$page" && [ ! -d ../shared/data ]; then
		echo "skip $page (needs ../shared/data)"
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
				sh -c "${line#\$ }" 2>&1 |
				    sed '/^#tradestat-error: /d' >> "$tmp/page"
				skip=1
				continue ;;
			esac
			[ $skip = 1 ] && [ $inblock = 1 ] && continue
			printf '%s\n' "$line" >> "$tmp/page"
		done < "$page"
		cp "$tmp/page" "$page"
		echo "recorded $page"
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
		sh -c "$(cat "$tmp/cmd.$i")" 2>&1 |
		    sed '/^#tradestat-error: /d' > "$tmp/got"
		if ! cmp -s "$tmp/got" "$tmp/want.$i"; then
			echo "$page: the output of \$ $(cat "$tmp/cmd.$i") differs:"
			diff "$tmp/want.$i" "$tmp/got" | head -20
			fail=1
		else
			ok=$((ok + 1))
		fi
		i=$((i + 1))
	done
	echo "$page: $ok of $((i - 1)) commands give what the page shows"
done
exit $fail
