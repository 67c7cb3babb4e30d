# A range whose bounds are months is months, even January to December:
# 2023-01..2023-12 sums the twelve monthly rows (12 x 10 = 120), and 2023
# the year's own row (100, a revised annual figure beside them).
printf 'id,claim,metric,reporter,partner,flow,product,period,expected,tolerance,source\ny,x,value,ARM,GEO,M,8703,2023,100,1%%,s\nm,x,value,ARM,GEO,M,8703,2023-01..2023-12,120,1%%,s\nw,x,value,ARM,GEO,M,8703,Jan 2023..Dec 2023,120,1%%,s\n' > $T/c.csv
awk 'BEGIN { print "period,reporter,partner,flow,product,value"; print "2023,ARM,GEO,M,8703,100";
    for (m = 1; m <= 12; m++) printf "2023-%02d,ARM,GEO,M,8703,10\n", m }' > $T/d.csv
trade-claim $T/c.csv $T/d.csv | cut -d, -f1-3,7,9
