# CRLF input: (48.75 / 48.75) / (300.5 / 1500) = 4.9917.
printf 'period,reporter,partner,flow,product,value\r\n2023,KOR,WLD,X,8703,48.75\r\n2023,WLD,WLD,X,8703,300.5\r\n2023,WLD,WLD,X,TOTAL,1500\r\n' | trade-rca
