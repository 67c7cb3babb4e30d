# CRLF claims and data: Armenia's car exports to Russia in 2023, 23.85
# against a claimed 23.9 (1%): supported, 0.21% below.
printf 'id,claim,metric,reporter,partner,flow,product,period,expected,tolerance,source\r\nv,x,value,ARM,RUS,X,8703,2023,23.9,1%%,x\r\n' > $T/c.csv
printf 'period,reporter,partner,flow,product,value\r\n2023,ARM,RUS,X,8703,23.85\r\n2023,ARM,CHN,X,8703,7.125\r\n' > $T/d.csv
trade-claim $T/c.csv $T/d.csv
