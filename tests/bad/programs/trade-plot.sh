# The bad-input cases of tests/bad/corpus through trade-plot, which reads
# any CSV table: malformed CSV, and a value that is not a number, are
# errors (exit 1) and leave no chart.
# needs: gnuplot
OUT=out.png sh tests/bad/run-corpus.sh trade-plot bar
