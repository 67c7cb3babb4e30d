printf 'period,reporter,partner,flow,product,value,quantity,unit,currency,source\n2023,RUS,CHN,M,010121,5,,,USD,a\n' | trade-load --excel | od -c | head -3
