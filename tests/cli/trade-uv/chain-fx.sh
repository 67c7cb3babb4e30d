# trade-fx output is trade rows: unit values in USD after conversion
# (2023: 10000 EUR / 0.9264 per USD = 10794.47 USD for 3 kg, 3598.16 per
# kg; the KGS row 10000 USD for 3 kg, 3333.33).
trade-fx --rates tests/data/fx-rates.csv --to USD tests/data/fx-trade.csv | trade-uv -q | cut -d, -f1-9,12
