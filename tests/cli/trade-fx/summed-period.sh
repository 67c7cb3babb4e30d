# Periods summed away (an empty period) cannot take a rate.
printf 'period,reporter,partner,flow,product,value,currency\n2022,DEU,KGZ,X,TOTAL,1,EUR\n2023,DEU,KGZ,X,TOTAL,2,EUR\n' | trade-agg --by reporter | trade-fx --rates tests/data/fx-rates.csv --to USD
