printf 'period,reporter,partner,flow,product,value,quantity,unit,currency,source\n2023,RUS,CHN,M,TOTAL,12.5x,,,USD,a\n' | trade-load
