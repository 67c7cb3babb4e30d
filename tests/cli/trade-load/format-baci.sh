# BACI: v in thousands, i and j its numbers (699 India, 757 Switzerland,
# 490 Other Asia), with and without its country file (490 is N/A there)
trade-load tests/data/formats/baci.csv && trade-load --countries tests/data/formats/baci-country-codes.csv tests/data/formats/baci.csv | cut -d, -f3 | tr '\n' ' ' && echo
