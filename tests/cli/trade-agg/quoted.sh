# A quoted source with a comma stays one field, and quoted on output:
# 23.85 + 2.385 = 26.235 from "UN Comtrade, API".
printf 'period,reporter,partner,flow,product,value,currency,source\n2023,ARM,RUS,X,8703,23.85,USD,"UN Comtrade, API"\n2023,ARM,RUS,X,8471,2.385,USD,"UN Comtrade, API"\n' | trade-agg --by reporter,partner
