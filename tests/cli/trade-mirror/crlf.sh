# CRLF input: Armenia's exports to Russia, 23.85, against Russia's
# imports, 26.235: gap -2.385, ratio 0.909.
printf 'period,reporter,partner,flow,product,value\r\n2023,ARM,RUS,X,8703,23.85\r\n2023,RUS,ARM,M,8703,26.235\r\n' | trade-mirror
