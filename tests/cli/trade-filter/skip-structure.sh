# With --product, an unwanted line is still checked for its structure: a
# ragged row, a NUL byte, invalid UTF-8 and an open quote are errors.
cd $T
h='period,reporter,partner,flow,product,value'
printf '%s\n2023,RUS,CHN,M,8542,5\n2023,RUS,CHN,M,0101\n' "$h" > ragged.csv
printf '%s\n2023,RUS,CHN,M,8542,5\n2023,RUS,C\0N,M,0101,1\n' "$h" > nul.csv
printf '%s\n2023,RUS,CHN,M,8542,5\n2023,RUS,T\303\274rkiye,M,0101,1\n2023,RUS,T\374rkiye,M,0101,1\n' "$h" > utf8.csv
printf '%s\n2023,RUS,CHN,M,8542,5\n2023,RUS,"CHN,M,0101,1\n' "$h" > quote.csv
for f in ragged nul utf8 quote; do
	trade-filter -q --product 8542 $f.csv > /dev/null; echo "$f: exit $?"
done
