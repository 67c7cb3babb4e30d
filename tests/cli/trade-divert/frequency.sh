# A monthly break and a row of a whole year: refused, with the way out.
printf 'period,reporter,partner,flow,product,value\n2021-05,DEU,RUS,X,8542,100\n2022,DEU,RUS,X,8542,30\n' > $T/f.csv
cd $T && trade-divert --origin EU27 --target RUS --hubs ARM --break 2022-03 f.csv
