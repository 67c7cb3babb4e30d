# Without EU27 rows the EU27 is the sum of its 27 member states; GBR and
# the import row are not counted.  A placebo product is marked.  Annual
# data: 2022 against 2021.
printf 'period,reporter,partner,flow,product,value\n2021,DEU,RUS,X,8542,100\n2021,FRA,RUS,X,8542,50\n2022,DEU,RUS,X,8542,30\n2021,GBR,ARM,X,8542,1000\n2021,ITA,ARM,X,8542,2\n2022,ITA,ARM,X,8542,9\n2022,ITA,ARM,M,8542,70\n2021,DEU,RUS,X,0101,4\n2022,DEU,RUS,X,0101,5\n' |
    trade-divert --origin EU27 --target RUS --hubs ARM --placebo 01 \
    --break 2022
