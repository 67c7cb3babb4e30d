# Quoted sources with a comma stay one field each, and both are named.
printf 'period,reporter,partner,flow,product,value,currency,source\n2023,ARM,RUS,X,8703,23.85,USD,"UN Comtrade, API"\n2023,RUS,ARM,M,8703,26.235,USD,"IMF, IMTS"\n' | trade-mirror
