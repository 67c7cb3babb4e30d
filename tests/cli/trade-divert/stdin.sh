# Standard input, named -.
trade-divert --origin EU27 --target RUS --hubs ARM --break 2022-01 - \
    < tests/data/divert/eu-8542-cn8.csv | cut -d, -f4,8,9
