trade-load --frobnicate x.csv
