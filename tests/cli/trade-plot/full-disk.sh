# needs: gnuplot
# A chart that cannot be written whole (here the file size limit, as a
# full disk would) is an error: exit 1, and the chart already at -o is
# left as it was, with no temporary beside it.  XFSZ is ignored so that
# the write fails with EFBIG instead of killing the program.
cp tests/data/plot-series.csv $T/
cd $T
echo "the old chart" > c.png
(trap '' XFSZ; ulimit -f 4; trade-plot line -o c.png plot-series.csv)
echo "exit $?"
ls; cat c.png
# with room, the same call replaces it by a PNG
trade-plot line -o c.png plot-series.csv
echo "exit $?"
ls; od -An -c -N4 c.png
