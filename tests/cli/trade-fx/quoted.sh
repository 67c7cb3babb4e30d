# A quoted field with a comma stays one field.
printf 'period,reporter,partner,flow,product,value,currency,source\n2023-04,DEU,KGZ,X,TOTAL,9104,EUR,"Eurostat, Comext"\n' | trade-fx --rates tests/data/fx-rates.csv --to USD
