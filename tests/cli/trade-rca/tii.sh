# The trade intensity index by partner: X_i from product TOTAL rows, the
# sum of the products (SAU to CHN: 2.125 + 3.25), or the partner WLD row
# (SAU: 86); x_wj summed over the reporters: KOR with CHN is
# (48.75 / 80.375) / (66.625 / 216.125) = 1.9675.
trade-rca --index tii --min-reporters 3 tests/data/rca-bilateral.csv
