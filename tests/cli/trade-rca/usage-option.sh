# An unknown option prints the usage to stderr, exit 2.
trade-rca --bogus tests/data/rca-trade.csv
