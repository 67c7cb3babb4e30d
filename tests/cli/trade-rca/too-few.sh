# Three reporters are not the world: refused, with the count and the way
# out.
grep -v '^2023,WLD' tests/data/rca-trade.csv | trade-rca
