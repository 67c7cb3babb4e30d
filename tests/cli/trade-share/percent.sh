# --percent is presentation: the column is share_pct (and coverage_pct),
# never share, so that no program reads 55.60 as a fraction; without it
# share is a fraction (0.5560 of 180.75)
printf 'period,reporter,partner,flow,product,value,currency\n2021,RUS,CHN,M,8542,100.5,USD\n2021,RUS,KAZ,M,8542,50.25,USD\n2021,RUS,DEU,M,8542,30,USD\n2021,RUS,WLD,M,8542,200,USD\n' > $T/t.csv
trade-share --percent $T/t.csv
trade-share $T/t.csv | cut -d, -f3,12-
