# The data end before the break: nothing to compare.
trade-divert --origin EU27 --target RUS --hubs ARM --break 2023-01 \
    tests/data/divert/eu-8542-cn8.csv
