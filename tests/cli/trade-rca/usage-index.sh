# An index that is neither rca nor tii.
trade-rca --index rsca tests/data/rca-trade.csv
