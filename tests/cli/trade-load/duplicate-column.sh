printf 'period,reporter,partner,flow,product,value,value\n2023,RUS,CHN,M,TOTAL,5,6\n' | trade-load
