# EUR, KGS and USD rows to USD with tests/data/fx-rates.csv (test values,
# not real rates).  2023-04 takes the month: 2385.17 / 0.9104 = 2619.914;
# 2023 the annual row: 10000 / 0.9264 = 10794.473; 2022 has no annual row
# and all 12 months, whose mean is 11.4071 / 12 = 0.95059: 10519.764; KGS
# 878416 / 87.8416 = 10000; USD stays (rate 1).  Quantities unchanged.
trade-fx --rates tests/data/fx-rates.csv --to USD tests/data/fx-trade.csv
