# Comext with codes instead of labels: ISO 3166 alpha-2 (and Eurostat's
# EL for Greece, UK, XK for Kosovo), EU27_2020, EXT_EU27_2020, flows 1
# and 2, YYYY52 for the year
trade-load tests/data/formats/eurostat-codes.csv | cut -d, -f1-6
