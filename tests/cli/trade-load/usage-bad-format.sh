trade-load --format xls x.csv
