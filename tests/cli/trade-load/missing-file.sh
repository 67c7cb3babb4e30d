trade-load no/such/file.csv
