# No data file: the data is read from standard input (and '-' names it):
# Armenia's car exports to Russia in 2023, 23.85 against 23.9, supported.
printf 'id,claim,metric,reporter,partner,flow,product,period,expected,tolerance,source\nv,x,value,ARM,RUS,X,8703,2023,23.9,1%%,x\n' > $T/c.csv
printf 'period,reporter,partner,flow,product,value\n2023,ARM,RUS,X,8703,23.85\n2023,ARM,CHN,X,8703,7.125\n' > $T/d.csv
echo '$ trade-claim c.csv < d.csv'
trade-claim $T/c.csv < $T/d.csv
echo '$ cat d.csv | trade-claim c.csv -'
cat $T/d.csv | trade-claim $T/c.csv -
