# A claim's own currency (column currency, USD when empty): KAZ's one row
# is 5 EUR; a claim of 5 EUR is supported, of 5 USD insufficient (the
# data are in EUR); GEO's share of KAZ's imports, 5 of 5, is 100% in any
# currency.  A currency that is not three capitals is refused.
printf 'id,claim,metric,reporter,partner,flow,product,period,expected,tolerance,source,currency\neur,x,value,KAZ,GEO,M,TOTAL,2023,5,0,x,EUR\nusd,x,value,KAZ,GEO,M,TOTAL,2023,5,0,x,\nshare,x,share,KAZ,GEO,M,TOTAL,2023,1,0,x,\n' > $T/c.csv
trade-claim $T/c.csv tests/data/claims-data.csv | cut -d, -f1-9,11-
printf 'id,claim,metric,reporter,partner,flow,product,period,expected,tolerance,source,currency\nbad,x,value,KAZ,GEO,M,TOTAL,2023,5,0,x,euro\n' > $T/b.csv
cd $T && trade-claim b.csv /dev/null; echo "exit $?"
