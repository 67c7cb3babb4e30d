# The two sides in different currencies: an error, not a sum.
printf 'period,reporter,partner,flow,product,value,currency\n2023,DEU,KGZ,X,TOTAL,100,EUR\n2023,KGZ,DEU,M,TOTAL,80,USD\n' | trade-mirror
