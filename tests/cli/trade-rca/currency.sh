# Reporters in two currencies cannot make one world.
printf 'period,reporter,partner,flow,product,value,currency\n2023,DEU,WLD,X,8703,5,EUR\n2023,KOR,WLD,X,8703,7,USD\n2023,WLD,WLD,X,8703,70,USD\n' | trade-rca
