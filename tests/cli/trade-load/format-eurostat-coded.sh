# Comext's coded labels: FLOW 2-EXPORT, PRODUCT TOTAL-Total
trade-load tests/data/formats/eurostat-coded.csv
