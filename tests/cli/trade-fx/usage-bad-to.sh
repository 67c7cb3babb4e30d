# A currency is three capitals.
trade-fx --rates tests/data/fx-rates.csv --to usd tests/data/fx-trade.csv
