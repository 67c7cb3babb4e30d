{ printf 'period,reporter,partner,flow,product,value,quantity,unit,currency,source\n'; head -c 1000000 /dev/zero | tr '\000' ,; echo; } | trade-load
