# gnuplot exits 0 but sends no chart, or something that is not one: an
# error (exit 1), and the chart that was there before is left as it was.
mkdir -p $T/none $T/text
printf '#!/bin/sh\ncat > /dev/null\nexit 0\n' > $T/none/gnuplot
printf '#!/bin/sh\ncat > /dev/null\necho "<html>not a chart"\n' > $T/text/gnuplot
chmod +x $T/none/gnuplot $T/text/gnuplot
cd $T
echo "the old chart" > c.png
PATH=$T/none:$PATH trade-plot line -o c.png "$OLDPWD/tests/data/plot-series.csv"
echo "exit $?"
PATH=$T/text:$PATH trade-plot line -o c.png "$OLDPWD/tests/data/plot-series.csv"
echo "exit $?"
ls; cat c.png
