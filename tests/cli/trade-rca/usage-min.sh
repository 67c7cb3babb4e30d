# The minimum is a count of 1 or more.
trade-rca --min-reporters 0 tests/data/rca-trade.csv
