# Much data goes to gnuplot through a temporary file it loads (it reads
# a pipe a byte at a time), removed after; a little goes through the pipe.
mkdir -p $T/fake $T/tmp
cat > $T/fake/gnuplot <<'FAKE'
#!/bin/sh
cat > "$LOG"
sed -n "s/^load '\(.*\)'$/\1/p" "$LOG" | while read f; do
	test -f "$f" && echo "loads a file of $(grep -c '^[0-9]' "$f") points" >&2
done
printf '\211PNG\r\n\032\n'
FAKE
chmod +x $T/fake/gnuplot
awk 'BEGIN { print "period,partner,value"; for (p = 0; p < 4; p++) for (i = 0; i < 1500; i++) printf "%d,P%d,%d\n", 1000 + i, p, i * (p + 1) }' > $T/big.csv
head -20 $T/big.csv > $T/small.csv
cd $T
LOG=$T/big.log TMPDIR=$T/tmp PATH=$T/fake:$PATH trade-plot line -o big.png big.csv
echo "exit $?"
sed "s|$T/tmp/tradestat-plot-[A-Za-z0-9]*|TMP|" big.log
ls tmp | wc -l
LOG=$T/small.log TMPDIR=$T/tmp PATH=$T/fake:$PATH trade-plot line -o small.png small.csv
echo "exit $?"
grep -c '^load' small.log
grep -c '^1[0-9][0-9][0-9] ' small.log
