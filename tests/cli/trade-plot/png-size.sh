# needs: gnuplot
# A real PNG: its signature, and the width and height asked for (from the
# IHDR chunk: bytes 17-24, big-endian).
trade-plot line --size 800x450 -o $T/c.png tests/data/plot-series.csv
od -An -tx1 -N8 $T/c.png
od -An -tu1 -j16 -N8 $T/c.png | awk '{ printf "width %d height %d\n", $1 * 16777216 + $2 * 65536 + $3 * 256 + $4, $5 * 16777216 + $6 * 65536 + $7 * 256 + $8 }'
ls $T
# the script without -o: gnuplot writes the PNG to its standard output
trade-plot line --size 640x360 --script tests/data/plot-series.csv | gnuplot > $T/piped.png
od -An -tx1 -N8 $T/piped.png
od -An -tu1 -j16 -N8 $T/piped.png | awk '{ printf "width %d height %d\n", $1 * 16777216 + $2 * 65536 + $3 * 256 + $4, $5 * 16777216 + $6 * 65536 + $7 * 256 + $8 }'
