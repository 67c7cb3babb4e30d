# What gnuplot says is read: the warning expected of an empty series is
# left out, any other comes out as one line of ours; a gnuplot that hangs
# is stopped after --timeout seconds (exit 1, the chart left as it was).
mkdir -p $T/warn $T/hang
cat > $T/warn/gnuplot <<'FAKE'
#!/bin/sh
cat > /dev/null
echo '         line 12: warning: Skipping data file with no valid points' >&2
echo '         line 13: warning: Skipping data file with no valid points' >&2
echo '         line 14: warning: empty y range [0:0], adjusting to [-1:1]' >&2
printf '\211PNG\r\n\032\n'
FAKE
printf '#!/bin/sh\nexec sleep 30\n' > $T/hang/gnuplot
chmod +x $T/warn/gnuplot $T/hang/gnuplot
cd $T
PATH=$T/warn:$PATH trade-plot line -o c.png "$OLDPWD/tests/data/plot-series.csv"
echo "exit $?"
echo "the old chart" > c.png
PATH=$T/hang:$PATH trade-plot line --timeout 1 -o c.png "$OLDPWD/tests/data/plot-series.csv"
echo "exit $?"
ls; cat c.png
