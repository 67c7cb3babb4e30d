# A quoted source with a comma stays one field, of trade rows and of a
# roll-up: 23.85 kept, 7.125 left out.
printf 'period,reporter,partner,flow,product,value,currency,source\n2023,ARM,RUS,X,8703,23.85,USD,"UN Comtrade, API"\n2023,ARM,CHN,X,8703,7.125,USD,"UN Comtrade, API"\n' > $T/t.csv
echo '$ trade-filter --partner RUS t.csv'
trade-filter --partner RUS $T/t.csv
echo '$ trade-agg --by partner t.csv | trade-filter --partner RUS'
trade-agg --by partner $T/t.csv | trade-filter --partner RUS
