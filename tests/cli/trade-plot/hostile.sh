# needs: gnuplot
# Hostile cells and options cannot run anything through gnuplot. Every
# string of the corpus (here-document terminators, newlines, CR, control
# bytes, backquotes, system(), shell escapes, macros, quotes, backslashes,
# printf conversions, a very long string) goes through every text path of
# every chart kind: series names, labels, x values, currency, source,
# column names, --title, --subtitle, --xlabel, --ylabel, --caption, --y
# labels, --mark labels and the -o name.  Each script is read back by a
# checker: outside data blocks every line, its quoted strings taken out and
# its numbers masked, must be one of the command forms trade-plot writes;
# inside a block every line has the block's number of fields, each a
# number, a period or a double-quoted string.  Then the very script runs
# in real gnuplot.  Payloads touch files named pwned*: none may appear.
cd $T || exit 2

cat > forms <<'FORMS'
set terminal pngcairo noenhanced size N,N font Q background Q
set terminal svg noenhanced size N,N dynamic font Q background Q
set terminal pdfcairo noenhanced size Nin,Nin font Q
set output Q
set encoding utfN
set border N lc rgb Q
set tics nomirror out scale N textcolor rgb Q
set grid ytics lc rgb Q lw N dt N
set key outside right top vertical Left reverse samplen N spacing N textcolor rgb Q
set bmargin N
set tmargin N
set rmargin N
set title Q font Q textcolor rgb Q
set title Q . Q . Q font Q textcolor rgb Q
set xlabel Q
set ylabel Q
set label N Q at screen N, screen N left font Q textcolor rgb Q
set logscale y
set format y Q
set format x Q
set xdata time
set timefmt Q
set xtics nomirror
set xtics N
set xtics auto
set xrange [N:N]
set yrange [N:*]
set arrow N from N, graph N to N, graph N nohead dt N lw N lc rgb Q front
set arrow N from Q, graph N to Q, graph N nohead dt N lw N lc rgb Q front
set label N Q at N, graph N left offset character N,N font Q textcolor rgb Q front
set label N Q at Q, graph N left offset character N,N font Q textcolor rgb Q front
unset key
set key at screen N, screen N center center horizontal maxrows N width N
plot $sN_N using N:N with linespoints lw N pt N ps N lc rgb Q title Q, \
plot $sN_N using N:N with linespoints lw N pt N ps N lc rgb Q title Q
  $sN_N using N:N with linespoints lw N pt N ps N lc rgb Q title Q, \
  $sN_N using N:N with linespoints lw N pt N ps N lc rgb Q title Q
set grid noytics xtics
set ytics scale N font Q
set yrange [N:N]
set yrange [-N:N]
set xrange [N:N]
set style fill solid N noborder
plot $bars using (N*$N):N:(N*$N):(N):N:ytic(N) with boxxyerror lc rgb variable, \
  $bars using N:N:N with labels left offset character N,N font Q textcolor rgb Q
colours = Q
set style data histograms
set style histogram rowstacked
set style fill solid N border rgb Q
set boxwidth N
set xtics scale N
set key invert
plot for [i=N:N] $stack using i:xtic(N) title columnheader(i) lc rgb word(colours, i-N)
set grid xtics ytics
set offsets N, graph N, graph N, N
plot $points using N:N with points pt N ps N lc rgb Q, \
  $points using N:N:N with labels offset character N,N font Q textcolor rgb Q
unset output
FORMS

# check.awk: "ok", or the first line that is not a known form or datum
cat > check.awk <<'AWK'
BEGIN { while ((getline f < "forms") > 0) known[f] = 1 }
function bad(why) {
	printf "BAD line %d: %s: %s\n", NR, why, substr($0, 1, 60)
	failed = 1
	exit
}
# the number of fields of a data line; -1 when a field is not a datum
function fields(s,   n, i, c, j, tok) {
	n = 0
	i = 1
	while (i <= length(s)) {
		c = substr(s, i, 1)
		if (c == " ") { i++; continue }
		if (c == "\"") {
			j = index(substr(s, i + 1), "\"")
			if (j == 0)
				return -1
			i += j + 1
			if (i <= length(s) && substr(s, i, 1) != " ")
				return -1
			n++
			continue
		}
		tok = substr(s, i)
		sub(/ .*/, "", tok)
		if (tok !~ /^-?[0-9]+(\.[0-9]+)?(e[-+]?[0-9]+)?$/ &&
		    tok !~ /^[12][0-9][0-9][0-9]-[01][0-9]$/)
			return -1
		i += length(tok)
		n++
	}
	return n
}
# the line with its quoted strings as Q and its numbers as N
function form(s,   out, i, c, j) {
	out = ""
	i = 1
	while (i <= length(s)) {
		c = substr(s, i, 1)
		if (c == "'") {
			for (j = i + 1; j <= length(s); j++)
				if (substr(s, j, 1) == "'") {
					if (substr(s, j + 1, 1) == "'")
						j++
					else
						break
				}
			if (j > length(s))
				bad("unterminated quote")
			out = out "Q"
			i = j + 1
			continue
		}
		if (c == "\"") {
			if (substr(s, i, 4) != "\"\\n\"")
				bad("double-quoted string")
			out = out "Q"
			i += 4
			continue
		}
		out = out c
		i++
	}
	gsub(/[0-9]+(\.[0-9]+)?(e[-+]?[0-9]+)?/, "N", out)
	return out
}
block != "" {
	if ($0 == "EOD") {
		block = ""
		next
	}
	if ($0 == "" && block ~ /^\$s[0-9]/)
		next
	n = fields($0)
	if (n < 0)
		bad("not a datum")
	if (want < 0)
		want = n
	if (n != want)
		bad(n " fields in a block of " want)
	next
}
/^\$[a-z0-9_]+ << EOD$/ {
	block = $1
	want = -1
	if (block ~ /^\$[sp][0-9]/)
		want = 2
	else if (block == "$bars")
		want = 4
	else if (block == "$points")
		want = 3
	next
}
{
	f = form($0)
	if (!(f in known))
		bad("unknown form [" f "]")
}
END {
	if (failed)
		exit 1
	if (block != "")
		bad("data block not closed")
	print "ok"
}
AWK

nl='
'
cr=$(printf '\r')
long=$(awk 'BEGIN { for (i = 0; i < 2000; i++) printf "AAAAAAAAAA" }')
c1="201901-Jan${nl}EOD${nl}system(\"touch pwned1\")${nl}\$x << EOD"
c2="x${nl}EOF${nl}!touch pwned2${nl}EOF"
c3="x${cr}EOD${cr}system(\"touch pwned3\")${cr}"
c4="\`touch pwned4\`"
c5="system(\"touch pwned5\")"
c6="a'.system(\"touch pwned6\").'b"
c7="a\".system(\"touch pwned7\").\"b"
c8='a\'"'"'.system("touch pwned8").'"'"'\ \" \n \'
c9='@colours @GPVAL_PWD @ARG0 @x'
c10='%n%s%s%s%d%%'
c11="${long}'.system(\"touch pwned11\").'"
c12=$(printf 'a\001\033[31m\177\377b')
c13='EOD'
c14="x${nl}set output 'pwned14'${nl}plot 1"
c15="x${nl}!touch pwned15${nl}"
# short enough for the old currency code path
c16="a'b"
c17='%s%n'
c18="\`'\`"
# four bytes that close a quote and run the command P (below)
c19="'\`P\`"
cases="1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19"
mkdir bin
printf '#!/bin/sh\ntouch pwned19\n' > bin/P
chmod +x bin/P
PATH=$T/bin:$PATH

# a CSV field
q() {
	printf '"'
	printf '%s' "$1" | sed 's/"/""/g'
	printf '"'
}

# run NAME ARGS...: the script, its check, and the script in gnuplot
run() {
	name=$1
	shift
	trade-plot "$@" --script -o c.png > s 2> e
	rc=$?
	msg=$(head -c 200 e | tr '\n' '|')
	if [ $rc -ne 0 ]; then
		echo "$name: exit $rc: $msg"
		return
	fi
	chk=$(awk -f check.awk s)
	rm -f c.png
	gnuplot < s 2> g
	grc=$?
	sig=$(od -An -c -N4 c.png 2>/dev/null | tr -d ' ')
	echo "$name: exit 0, script $chk, gnuplot exit $grc, chart $sig"
}

for n in $cases; do
	eval "h=\$c$n"
	# the data: series and label names, the source, a column name
	{
		printf 'period,partner,value,share,currency,source,'
		q "$h"
		printf '\n'
		for p in 2022 2023; do
			printf '%s,CHN,2e9,0.4,USD,%s,1\n' $p "$(q "$h")"
			printf '%s,%s,1e9,0.3,USD,x,2\n' $p "$(q "$h")"
			printf '%s,DEU,5e8,0.2,USD,x,3\n' $p
		done
	} > d.csv
	# the options too, but for scatter, whose --x is a hostile name
	for k in line bar stacked scatter; do
		y=value
		m=
		s=
		[ $k = line ] && y="value=$h,share=$h" m=--mark
		[ $k = scatter ] && y=value,share
		# a bar per partner: the two years' rows added up
		[ $k = bar ] && s=--sum
		run "$k $n data, options" $k --title "$h" --subtitle "$h" \
		    --xlabel "$h" --ylabel "$h" --caption "$h" --y "$y" \
		    ${m:+$m "2023:$h"} $s d.csv
	done
	run "scatter $n data" scatter --x "$h" --y value --label partner d.csv
	# the currency
	{
		printf 'period,partner,value,share,currency\n'
		for p in 2022 2023; do
			printf '%s,CHN,2e9,0.4,%s\n' $p "$(q "$h")"
			printf '%s,DEU,5e8,0.2,%s\n' $p "$(q "$h")"
		done
	} > cur.csv
	run "line $n currency" line cur.csv
	run "bar $n currency" bar --sum cur.csv
	run "scatter $n currency" scatter --y value,share cur.csv
	# an x value
	{
		printf 'period,partner,value,share\n'
		printf '5,CHN,1,0.5\n'
		printf '%s,CHN,2,0.5\n' "$(q "$h")"
	} > x.csv
	run "line $n x" line x.csv
	run "stacked $n x" stacked x.csv
	run "scatter $n x" scatter --x period --y value x.csv
done

# -o names: the name never reaches gnuplot as text it could run
printf 'period,partner,value\n2022,CHN,1\n2023,CHN,2\n' > ok.csv
for o in "o'.system(\"touch pwnedo1\").'.png" "o\`touch pwnedo2\`.png" \
    'o$(touch pwnedo3).png' 'o"x@colours\.png' "o${nl}x.png" \
    "o${cr}x.svg" "o'x.pdf"; do
	trade-plot line -o "$o" ok.csv 2> e
	rc=$?
	sig=$(od -An -c -N4 "$o" 2>/dev/null | tr -d ' ')
	printf '%s' "$o" | od -An -c | tr -s ' ' | tr -d '\n'
	echo ": exit $rc, chart $sig, $(head -c 200 e | tr '\n' '|')"
	rm -f "$o"
	trade-plot line --script -o "$o" ok.csv > s 2> e
	rc=$?
	if [ $rc -eq 0 ]; then
		chk=$(awk -f check.awk s)
	else
		chk=$(head -c 200 e | tr '\n' '|')
	fi
	echo "  --script: exit $rc: $chk"
done
ls pwned* 2>/dev/null || echo "no pwned files"
