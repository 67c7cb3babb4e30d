# gnuplot fails after writing part of the image: its message is relayed,
# exit 1, and the chart that was there before is left as it was.
mkdir -p $T/fake
cat > $T/fake/gnuplot <<'FAKE'
#!/bin/sh
cat > /dev/null
printf 'half a PNG'
echo 'gnuplot> plot $bogus' >&2
echo '         line 42: undefined variable: bogus' >&2
exit 1
FAKE
chmod +x $T/fake/gnuplot
cd $T
echo "the old chart" > c.png
PATH=$T/fake:$PATH trade-plot line -o c.png "$OLDPWD/tests/data/plot-series.csv"
echo "exit $?"
ls; cat c.png
