# The threshold is a positive number.
trade-uv --outliers --threshold -1 tests/data/uv-trade.csv
