# A quoted source with a comma stays one field: shares 0.77, 0.23.
printf 'period,reporter,partner,flow,product,value,currency,source\n2023,ARM,RUS,X,8703,23.85,USD,"UN Comtrade, API"\n2023,ARM,CHN,X,8703,7.125,USD,"UN Comtrade, API"\n' | trade-share
