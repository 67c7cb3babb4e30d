{ printf 'period,reporter,partner,flow,product,value,quantity,unit,currency,source\n2023,RUS,CHN,M,TOTAL,5,,,USD,'; head -c 2000000 /dev/zero | tr '\000' a; echo; } | trade-load
