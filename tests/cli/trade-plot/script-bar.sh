# A bar chart script: ranked horizontal bars, labels from the data, one
# decimal more on the value labels than on the axis.
awk -F, 'NR == 1 || $1 == 2023' tests/data/plot-series.csv | trade-plot bar --script -o chart.svg --title 'Russia: imports, 2023'
