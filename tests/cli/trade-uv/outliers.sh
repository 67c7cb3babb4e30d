# Each unit value against the other partners' of the same product and
# period, in the same unit: the seven countries' unit values sorted are
# 812.4 840.6 877.2 903.7 955.1 1021.5 9350.8, median 903.7; their
# deviations from it 0 26.5 51.4 63.1 91.3 117.8 8447.1, MAD 63.1; KGZ's
# z = 0.6745 * 8447.1 / 63.1 = 90.29 > 3.5: an outlier; ARM's
# 0.6745 * -91.3 / 63.1 = -0.976.  The world row (an aggregate) and MNG's
# kg (alone in its unit) are not scored.
trade-uv --outliers tests/data/uv-trade.csv
