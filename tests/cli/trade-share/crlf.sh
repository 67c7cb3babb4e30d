# CRLF input: Russia's share of Armenia's 2023 car exports, 23.85 / 30.975.
printf 'period,reporter,partner,flow,product,value\r\n2023,ARM,RUS,X,8703,23.85\r\n2023,ARM,CHN,X,8703,7.125\r\n' | trade-share
