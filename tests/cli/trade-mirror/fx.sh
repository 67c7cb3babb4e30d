# Eurostat's exports in EUR against the partner's imports in USD: refused
# with the way out; converted with trade-fx (a rate of 0.9 EUR per USD,
# made up for the case), the pair is matched: 900 EUR = 1000 USD against
# 1100 USD, a gap of -100.
printf 'period,reporter,partner,flow,product,value,quantity,unit,currency,source\n2023,DEU,KGZ,X,TOTAL,900,,,EUR,Eurostat\n' > $T/ex.csv
printf 'period,reporter,partner,flow,product,value,quantity,unit,currency,source\n2023,KGZ,DEU,M,TOTAL,1100,,,USD,NSC\n' > $T/im.csv
printf 'period,currency,per_usd\n2023,EUR,0.9\n' > $T/rates.csv
trade-mirror $T/ex.csv $T/im.csv
echo "exit $?"
trade-fx --rates $T/rates.csv --to USD $T/ex.csv | trade-mirror - $T/im.csv | cut -d, -f1-9,12
