# An unknown option prints the usage to stderr, exit 2.
trade-uv --bogus tests/data/uv-trade.csv
