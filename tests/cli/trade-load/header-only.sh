printf 'period,reporter,partner,flow,product,value,quantity,unit,currency,source\n' | trade-load
