# --lag is in months: a monthly import of January 2024 pairs with the
# export of December 2023, but an annual import of 2023 is never moved to
# 2022; with --annual the lag is a usage error.
printf 'period,reporter,partner,flow,product,value\n2022,CHN,RUS,X,TOTAL,100\n2023,RUS,CHN,M,TOTAL,90\n2023-12,CHN,RUS,X,TOTAL,8\n2024-01,RUS,CHN,M,TOTAL,9\n' > $T/a.csv
trade-mirror -q --lag 1 $T/a.csv | cut -d, -f1-7,12
trade-mirror -q --lag 1 --annual $T/a.csv
echo "exit $?"
