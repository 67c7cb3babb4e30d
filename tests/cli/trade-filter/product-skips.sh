# With --product, a row of another product is skipped once its product is
# read (its bad value goes unchecked, as the man page says); a wanted row
# is read whole, and a ragged row is an error either way.
cd $T
printf 'period,reporter,partner,flow,product,value\n2023,RUS,CHN,M,8542,5\n2023,RUS,CHN,M,0101,lots\n' > a.csv
trade-filter --product 8542 a.csv; echo "exit $?"
printf 'period,reporter,partner,flow,product,value\n2023,RUS,CHN,M,854231,lots\n' > b.csv
trade-filter --product 8542 b.csv; echo "exit $?"
printf 'period,reporter,partner,flow,product,value\n2023,RUS,CHN,M,0101\n' > c.csv
trade-filter --product 8542 c.csv; echo "exit $?"
