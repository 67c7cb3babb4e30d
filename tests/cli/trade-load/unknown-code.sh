printf 'period,reporter,partner,flow,product,value,quantity,unit,currency,source\n2023,RUS,XYZ,M,TOTAL,5,,,USD,a\n' | trade-load
