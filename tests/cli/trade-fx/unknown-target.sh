# A target the table has no rates for, with the currencies it has.
trade-fx --rates tests/data/fx-rates.csv --to CNY tests/data/fx-trade.csv
