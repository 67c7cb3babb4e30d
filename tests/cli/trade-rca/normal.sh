# Balassa's RCA with the file's world row (reporter WLD): KOR's 8703 is
# (48.75 / 80.375) / (300.5 / 1500) = 3.0276; DEU's 8542
# (37.25 / 49.75) / (412.25 / 1500) = 2.7243.  The import row and the
# EU27 row (an aggregate, not one more reporter) are left out; the three
# reporters cover 216.125 / 1500 = 0.1441 of the world's exports.
trade-rca tests/data/rca-trade.csv
