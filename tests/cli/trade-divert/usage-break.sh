trade-divert --origin EU27 --target RUS --hubs ARM --break March \
    tests/data/divert/eu-8542-cn8.csv
