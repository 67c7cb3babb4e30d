# CRLF input, trade rows and a table of shares: Russia's rows kept
# (23.85 and 2.385; a share of 0.77).
printf 'period,reporter,partner,flow,product,value\r\n2023,ARM,RUS,X,8703,23.85\r\n2023,ARM,RUS,X,8471,2.385\r\n2023,ARM,CHN,X,8703,7.125\r\n' > $T/t.csv
echo '$ trade-filter --partner RUS t.csv'
trade-filter --partner RUS $T/t.csv
echo '$ trade-share t.csv | (to CRLF) | trade-filter --partner RUS'
trade-share $T/t.csv | sed 's/$/\r/' | trade-filter --partner RUS
