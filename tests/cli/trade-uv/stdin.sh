# Standard input.
trade-uv -q < tests/data/uv-trade.csv | head -3
