# Standard input.
trade-rca < tests/data/rca-trade.csv | cut -d, -f1,2,5,11
