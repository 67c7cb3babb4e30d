# CRLF line ends.
printf 'period,reporter,partner,flow,product,value\r\n2021,DEU,RUS,X,8542,100\r\n2022,DEU,RUS,X,8542,20\r\n2021,DEU,ARM,X,8542,2\r\n2022,DEU,ARM,X,8542,8\r\n' |
    trade-divert --origin DEU --target RUS --hubs ARM --break 2022
