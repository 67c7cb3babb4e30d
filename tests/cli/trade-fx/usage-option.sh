# An unknown option prints the usage to stderr, exit 2.
trade-fx --bogus --rates tests/data/fx-rates.csv --to USD tests/data/fx-trade.csv
