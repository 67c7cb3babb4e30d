# Total trade where a reporter publishes one direction only: ARM reports
# its exports to GEO (10) and no imports from anyone, so its "M and X"
# would be 10, half the trade; GEO's exports to ARM (4) are ARM's
# imports, and the total is 14, the note naming each side's part.
# Where GEO publishes no exports either, the total is insufficient,
# saying which direction is in neither side's rows.  A reporter with
# both directions keeps its own figures (KAZ: 5 + 2).
cat > $T/d.csv <<'CSV'
period,reporter,partner,flow,product,value,quantity,unit,currency,source
2022,ARM,GEO,X,TOTAL,10,,,USD,s
2022,GEO,ARM,X,TOTAL,4,,,USD,s
2022,GEO,KAZ,M,TOTAL,1,,,USD,s
2022,KAZ,KGZ,X,TOTAL,5,,,USD,s
2022,KAZ,KGZ,M,TOTAL,2,,,USD,s
2022,KGZ,TJK,X,TOTAL,3,,,USD,s
CSV
cat > $T/c.csv <<'CSV'
id,claim,metric,reporter,partner,flow,product,period,expected,tolerance,source
half,x,total_trade,ARM,GEO,both,TOTAL,2022,14,0,x
none,x,total_trade,KGZ,TJK,both,TOTAL,2022,3,0,x
both,x,total_trade,KAZ,KGZ,both,TOTAL,2022,7,0,x
CSV
trade-claim $T/c.csv $T/d.csv
