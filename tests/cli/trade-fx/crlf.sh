# CRLF input (and a CRLF rates file): 9104 EUR in 2023-04 is 10000 USD.
printf 'period,currency,per_usd\r\n2023-04,EUR,0.9104\r\n' > $T/r.csv
printf 'period,reporter,partner,flow,product,value,currency\r\n2023-04,DEU,KGZ,X,TOTAL,9104,EUR\r\n' | trade-fx --rates $T/r.csv --to USD
