trade-load tests/bad/trade-load/fuzz-header-overflow.csv
