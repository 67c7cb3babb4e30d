# seven bad rows of nine: the count, the first five, and how many more
{ echo period,reporter,partner,flow,product,value; echo 2023,RUS,CHN,M,TOTAL,6
for v in a b c d e f g; do echo 2023,RUS,CHN,M,TOTAL,$v; done
echo 2022,RUS,CHN,M,TOTAL,2.385; } | trade-load --skip-bad
