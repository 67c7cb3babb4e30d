# --annual counts the months present; quantities add only in one unit.
printf 'period,reporter,partner,flow,product,value,quantity,unit\n2023-01,ARM,RUS,X,8703,1,2,u\n2023-03,ARM,RUS,X,8703,2.5,1,u\n2023-03,ARM,GEO,X,8703,4,,\n2022-12,ARM,RUS,X,8703,8,1,kg\n' | trade-agg --annual --by period,reporter,partner
printf 'period,reporter,partner,flow,product,value\n2023,ARM,RUS,X,8703,1\n2023-03,ARM,RUS,X,8703,2\n' | trade-agg --annual
