# --to is required: exit 2.
trade-fx --rates tests/data/fx-rates.csv tests/data/fx-trade.csv
