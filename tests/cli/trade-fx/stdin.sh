# Standard input, to EUR: a cross rate through the base (USD).  KGS 2023:
# 878416 * 0.9264 / 87.8416 = 9264; USD 5.25 * 0.9264 = 4.8636; EUR rows
# stay at rate 1.
trade-fx --rates tests/data/fx-rates.csv --to EUR < tests/data/fx-trade.csv
