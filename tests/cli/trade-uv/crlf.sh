# CRLF input: 23850 / 2.5 = 9540 USD per tonne.
printf 'period,reporter,partner,flow,product,value,quantity,unit\r\n2023,ARM,RUS,X,870323,23850,2.5,t\r\n' | trade-uv
