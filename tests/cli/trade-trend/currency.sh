# A series in three currencies (USD, EUR, RUB rows) is refused, naming
# them and the way out; one in EUR says EUR on every row.
printf 'period,reporter,partner,flow,product,value,currency\n2021,ARM,CHN,M,TOTAL,5,USD\n2022,ARM,CHN,M,TOTAL,6,EUR\n2023,ARM,CHN,M,TOTAL,500,RUB\n' | trade-trend; echo "exit $?"
printf 'period,reporter,partner,flow,product,value,currency\n2021,ARM,CHN,M,TOTAL,5,EUR\n2022,ARM,CHN,M,TOTAL,6,EUR\n2023,ARM,CHN,M,TOTAL,7,EUR\n' > $T/e.csv
trade-trend --each < $T/e.csv | cut -d, -f1,6,9
trade-trend < $T/e.csv | cut -d, -f6,9
