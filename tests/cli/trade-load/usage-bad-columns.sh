# an unknown role is a usage error
trade-load --columns period=date,country=partner x.csv
