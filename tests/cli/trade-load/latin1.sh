printf 'period,reporter,partner,flow,product,value,quantity,unit,currency,source\n2023,RUS,CHN,M,TOTAL,5,,,USD,Cura\347ao customs\n' | trade-load
