# A quoted source with a comma stays one field: the same CAGR, 1.08.
printf 'period,reporter,partner,flow,product,value,currency,source\n2020,ARM,RUS,X,8703,2.385,USD,"UN Comtrade, API"\n2021,ARM,RUS,X,8703,4.77,USD,"UN Comtrade, API"\n2022,ARM,RUS,X,8703,23.85,USD,"UN Comtrade, API"\n2023,ARM,RUS,X,8703,21.465,USD,"UN Comtrade, API"\n' | trade-trend
