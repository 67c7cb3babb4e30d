# No gnuplot on PATH: a clear error naming the package, exit 1, no file.
tp=$(command -v trade-plot)
cd $T
PATH=/nonexistent "$tp" line -o c.png "$OLDPWD/tests/data/plot-series.csv"
echo "exit $?"
ls
