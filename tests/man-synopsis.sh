#!/bin/sh
# man-synopsis.sh - every program in PATH's tradestat bin directory has a
# man page in docs/ whose SYNOPSIS says what its --help usage line says.
# Prints the programs that differ; nothing when all agree.
bindir=$(dirname "$(command -v trade-load)")
for p in "$bindir"/trade "$bindir"/trade-*; do
	[ -x "$p" ] || continue
	name=$(basename "$p")
	page=docs/$name.1
	if [ ! -f "$page" ]; then
		echo "$name: no man page $page"
		continue
	fi
	usage=$("$p" --help | sed -n 's/^usage: //p' | head -1)
	synopsis=$(awk '
		/^\.SH/ { insyn = ($2 == "SYNOPSIS"); next }
		insyn && /^\.br/ { exit }
		insyn {
			sub(/^\.[A-Z]+ /, "")
			gsub(/\\f[BIRP]/, ""); gsub(/\\-/, "-"); gsub(/"/, "")
			line = line (line == "" ? "" : " ") $0
		}
		END { print line }' "$page")
	[ "$usage" = "$synopsis" ] || printf '%s:\n  usage:    %s\n  synopsis: %s\n' \
	    "$name" "$usage" "$synopsis"
done
