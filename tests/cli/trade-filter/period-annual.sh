# A range keeps a year's own row only when all of its months are in it:
# 2022-01..2023-06 keeps 2022 and the months of 2023 up to June, not the
# 2023 row.
printf 'period,reporter,partner,flow,product,value\n2022,ARM,RUS,X,8703,12\n2023,ARM,RUS,X,8703,12\n2023-06,ARM,RUS,X,8703,1\n2023-07,ARM,RUS,X,8703,1\n' | trade-filter --period 2022-01..2023-06
printf 'period,reporter,partner,flow,product,value\n2022,ARM,RUS,X,8703,12\n2023,ARM,RUS,X,8703,12\n' | trade-filter --period 2023
