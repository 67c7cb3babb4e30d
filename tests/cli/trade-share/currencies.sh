# a group whose members are in two currencies has no shares: the sum
# would add EUR to USD; the message names both and the way out
printf 'period,reporter,partner,flow,product,value,currency\n2021,RUS,CHN,M,8542,100.5,USD\n2021,RUS,DEU,M,8542,30,EUR\n2021,RUS,KAZ,M,8542,50.25,USD\n2022,RUS,CHN,M,8542,7,USD\n' > $T/t.csv
trade-share $T/t.csv
