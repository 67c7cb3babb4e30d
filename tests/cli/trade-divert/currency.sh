# Values in two currencies are not summed: convert first.
printf 'period,reporter,partner,flow,product,value,currency\n2021,DEU,RUS,X,8542,100,EUR\n2022,DEU,RUS,X,8542,30,USD\n' > $T/c.csv
cd $T && trade-divert --origin EU27 --target RUS --hubs ARM --break 2022 c.csv
