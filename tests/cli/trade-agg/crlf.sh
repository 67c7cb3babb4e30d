# CRLF input: Armenia's 2023 exports summed, 23.85 + 2.385 + 7.125 = 33.36.
printf 'period,reporter,partner,flow,product,value\r\n2023,ARM,RUS,X,8703,23.85\r\n2023,ARM,RUS,X,8471,2.385\r\n2023,ARM,CHN,X,8703,7.125\r\n2022,ARM,RUS,X,8703,4.77\r\n' | trade-agg --by period,reporter
