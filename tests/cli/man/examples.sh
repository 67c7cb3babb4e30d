# needs: gnuplot
# every man page's EXAMPLES, run as printed from the root of a clone: each
# command line of a .EX/.EE or .nf/.fi block (a line that starts with a
# program, joined with the lines its trailing "\" or "|" continues; the
# last program of a pipeline fails when a step before it fails), its exit
# status when not 0, its first lines of output and the files it
# wrote.  trade-fetch's need the API: trade-fetch/mirror-recipe runs its
# recipe against the local server.
mkdir -p $T/run
ln -s "$(pwd)/data" "$(pwd)/tests" $T/run/
for page in docs/*.1; do
	case $page in */trade-fetch.1) continue ;; esac
	awk '
	/^\.SH/ { on = ($2 == "EXAMPLES"); next }
	!on { next }
	/^\.(EX|nf)/ { blk = 1; next }
	/^\.(EE|fi)/ { blk = 0; next }
	!blk || /^\.(RS|RE|PP)/ { next }
	{
		gsub(/\\-/, "-"); gsub(/\\e/, "\\")
		if (cmd != "") {
			cmd = cmd "\n" $0
		} else if ($0 ~ /^trade/) {
			cmd = $0
		} else
			next
		if ($0 ~ /(\\|\|)$/)
			next
		print cmd; print "\001"; cmd = ""
	}' $page > $T/cmds
	[ -s $T/cmds ] || { echo "$page: no example"; continue; }
	echo "== $page"
	rm -f $T/cmd.*
	i=0
	while IFS= read -r line; do
		if [ "$line" != "$(printf '\001')" ]; then
			printf '%s\n' "$line" >> $T/cmd.$i
			continue
		fi
		sed 's/^/$ /' $T/cmd.$i
		(cd $T/run && sh $T/cmd.$i > ../out 2> ../err)
		rc=$?
		head -n 6 $T/out
		n=$(wc -l < $T/out)
		[ "$n" -gt 6 ] && echo "... ($n lines)"
		cat $T/err
		[ $rc -eq 0 ] || echo "[$rc]"
		for f in $T/run/*.*; do
			[ -f "$f" ] || continue
			case $(od -An -c -N4 "$f" | tr -d ' ') in
			211PNG) echo "wrote ${f#$T/run/}: PNG" ;;
			PK003004) echo "wrote ${f#$T/run/}: zip (xlsx)" ;;
			*) echo "wrote ${f#$T/run/}: $(wc -l < "$f") lines" ;;
			esac
			rm -f "$f"
		done
		i=$((i + 1))
	done < $T/cmds
done
