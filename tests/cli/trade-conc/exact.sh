# The total of a group past 15 digits prints in full, as trade-agg
# prints it (the exact sum of the members), not rounded by a double to
# 1234567890123460000.
cat > $T/big.csv <<'CSV'
period,reporter,partner,flow,product,value
2020,USA,CHN,M,TOTAL,1234567890123456789.25
2020,USA,DEU,M,TOTAL,1000000000000000000.5
2020,USA,FRA,M,TOTAL,0.25
2020,USA,JPN,M,TOTAL,0.25
2020,USA,WLD,M,TOTAL,2234567890123456790.75
CSV
trade-conc $T/big.csv
