# A quoted field with a comma stays one field.
printf 'period,reporter,partner,flow,product,value,currency,source\n2023,KOR,WLD,X,8703,48.75,USD,"BACI, CEPII"\n2023,WLD,WLD,X,8703,300.5,USD,"BACI, CEPII"\n2023,WLD,WLD,X,TOTAL,1500,USD,x\n' | trade-rca
