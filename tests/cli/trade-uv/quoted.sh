# A quoted field with a comma stays one field.
printf 'period,reporter,partner,flow,product,value,quantity,unit,currency,source\n2023,ARM,RUS,X,870323,23850,2.5,t,USD,"BACI, CEPII"\n' | trade-uv
