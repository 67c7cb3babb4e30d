# CRLF input: HHI of two partners, 0.77^2 + 0.23^2 = 0.6458.
printf 'period,reporter,partner,flow,product,value\r\n2023,ARM,RUS,X,8703,23.85\r\n2023,ARM,CHN,X,8703,7.125\r\n' | trade-conc
