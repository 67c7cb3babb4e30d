# A month without a rate is an error naming the row, never a guess (RUB
# has 2023-04 and 2023, not 2023-05); the rows before it are out.
printf 'period,reporter,partner,flow,product,value,currency\n2023-04,RUS,CHN,M,TOTAL,809273,RUB\n2023-05,RUS,CHN,M,TOTAL,5,RUB\n' > $T/r.csv
cp tests/data/fx-rates.csv $T/ && cd $T && trade-fx --rates fx-rates.csv --to USD r.csv
