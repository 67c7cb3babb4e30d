# The complete gnuplot script of a line chart, data inline: one line per
# partner, the largest first, dollars in billions on the axis, the mark.
trade-plot line --script -o chart.png --title 'Russia: imports' --mark 2022-02:invasion tests/data/plot-series.csv
