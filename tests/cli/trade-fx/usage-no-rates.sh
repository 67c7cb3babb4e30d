# No rate is assumed: --rates is required.
trade-fx --to USD tests/data/fx-trade.csv
