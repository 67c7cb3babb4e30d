# --origin, --target, --hubs and --break are required.
trade-divert --origin EU27 --target RUS tests/data/divert/eu-8542-cn8.csv
