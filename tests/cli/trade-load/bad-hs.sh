printf 'period,reporter,partner,flow,product,value,quantity,unit,currency,source\n2023,RUS,CHN,M,85A2,5,,,USD,a\n' | trade-load
