# A --by column that is not a key column.
trade-uv --by value tests/data/uv-trade.csv
