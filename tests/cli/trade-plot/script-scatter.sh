# A scatter script: two measures, labelled points.
trade-plot scatter --script --x value --y share --label partner tests/data/plot-series.csv
