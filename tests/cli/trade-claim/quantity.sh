# A quantity claim sums the rows' quantities, in their one unit:
# 703.5 + 2 = 705.5 t.  Refused: rows in two units, and a sum with a row
# that has no quantity (its tonnes are not known).
printf 'id,claim,metric,reporter,partner,flow,product,period,expected,tolerance,source\nq,x,quantity,CHN,RUS,X,391220,2022,700,5%%,s\nu,x,quantity,CHN,KAZ,X,391220,2022,10,5%%,s\nn,x,quantity,CHN,KGZ,X,391220,2022,10,5%%,s\n' > $T/c.csv
printf 'period,reporter,partner,flow,product,value,quantity,unit\n2022,CHN,RUS,X,391220,3254535,703.5,t\n2022,CHN,RUS,X,391220,1000,2,t\n2022,CHN,KAZ,X,391220,5,1,t\n2022,CHN,KAZ,X,391220,5,900,kg\n2022,CHN,KGZ,X,391220,5,1,t\n2022,CHN,KGZ,X,391220,5,,\n' > $T/d.csv
trade-claim $T/c.csv $T/d.csv | cut -d, -f1-3,7,11-
