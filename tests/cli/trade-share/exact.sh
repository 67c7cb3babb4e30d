# Sums past 15 digits print in full, as trade-agg prints them: the
# members' values, the total (their exact sum with --total sum, the
# world's row with --total world) and 'other' of --top; a double would
# round them to 1234567890123460000.
cat > $T/big.csv <<'CSV'
period,reporter,partner,flow,product,value
2020,USA,CHN,M,TOTAL,1234567890123456789.25
2020,USA,DEU,M,TOTAL,1000000000000000000.5
2020,USA,FRA,M,TOTAL,0.25
2020,USA,JPN,M,TOTAL,0.25
2020,USA,WLD,M,TOTAL,2234567890123456790.75
CSV
trade-share $T/big.csv
trade-share --total world $T/big.csv
trade-share --top 1 $T/big.csv
