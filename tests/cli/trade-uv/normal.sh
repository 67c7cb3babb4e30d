# Unit values of the rows as they are: value / quantity in the row's unit
# (KGZ: 374032 / 40 = 9350.8 USD per item); refused with the reason where
# there is no quantity or a quantity of 0.
trade-uv tests/data/uv-trade.csv
