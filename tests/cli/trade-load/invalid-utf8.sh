printf 'period,reporter,partner,flow,product,value,quantity,unit,currency,source\n2023,RUS,CHN,M,TOTAL,5,,,USD,T\303\274rkiye\n2023,RUS,CHN,M,TOTAL,5,,,USD,bad \377 byte\n' | trade-load
