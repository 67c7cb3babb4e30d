# A claim's text with a comma, quoted, stays one field: Russia's share of
# Armenia's 2023 car exports, 23.85 / 30.975 = 0.77, supported.
printf 'id,claim,metric,reporter,partner,flow,product,period,expected,tolerance,source\ns,"Armenia, cars: Russia 77%%",share,ARM,RUS,X,8703,2023,0.77,0.5pp,"UN Comtrade, API"\n' > $T/c.csv
printf 'period,reporter,partner,flow,product,value\n2023,ARM,RUS,X,8703,23.85\n2023,ARM,CHN,X,8703,7.125\n' > $T/d.csv
trade-claim $T/c.csv $T/d.csv
