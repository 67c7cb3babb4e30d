printf 'period,reporter,partner,flow,product,value,quantity,unit,currency,source\n2023,RUS,CHN,M,TOTAL,119833579266.65,,,USD,IMF\n' | trade-load
