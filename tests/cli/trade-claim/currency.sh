# needs: shared
# Kyrgyzstan's imports by partner, in EUR (national figures converted by
# the file's author): a share, a rank and a growth do not depend on the
# currency (China 3.88 bn EUR of the reported world 9.34 bn in 2022 =
# 41.5%, first of 133 partners; 3.88 / 1.24 bn in 2021 - 1 = +212%); an
# amount compares like currencies: 3.88 bn EUR is checked against a
# claim in EUR, and a claim in USD is insufficient, saying so (the rows
# exist: not "no rows for reporter KGZ").
K=../shared/data/eurostat-comext/national_data_converted/kyrgyz_import_yearly.csv
printf 'id,claim,metric,reporter,partner,flow,product,period,expected,tolerance,source,currency
share,x,share,KGZ,CHN,M,TOTAL,2022,0.415,0.5pp,x,
rank,x,rank,KGZ,CHN,M,TOTAL,2022,1,0,x,
growth,x,growth,KGZ,CHN,M,TOTAL,2022,2.12,1pp,x,
eur,x,value,KGZ,CHN,M,TOTAL,2022,3.88e9,0.5%%,x,EUR
usd,x,value,KGZ,CHN,M,TOTAL,2022,4.1e9,0.5%%,x,
usd2,x,value,KGZ,CHN,M,TOTAL,2022,4.1e9,0.5%%,x,USD
' > $T/c.csv
trade-claim $T/c.csv $K | cut -d, -f1-9,11-
