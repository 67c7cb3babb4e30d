# A stacked chart script: shares in percent, 'other' last and grey.
trade-plot stacked --script -o chart.pdf --size 1000x600 tests/data/plot-series.csv
