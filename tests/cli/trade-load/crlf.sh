printf 'period,reporter,partner,flow,product,value,quantity,unit,currency,source\r\n2023,RUS,CHN,X,8703,1.5,,,USD,a\r\n2023,RUS,KAZ,X,8703,2.5,,,USD,b\r\n' | trade-load
