# A lower threshold flags more: GEO's z is 0.6745 * 117.8 / 63.1 = 1.259.
trade-uv --outliers --threshold 1.2 tests/data/uv-trade.csv | cut -d, -f3,5,12,16,17
