# --outliers compares partners: a --by without partner is a usage error.
trade-uv --outliers --by period,product tests/data/uv-trade.csv
