# A year with neither an annual row nor all twelve months (EUR 2023 has an
# annual row; here a file with four months only).
printf 'period,currency,per_usd\n2023-01,EUR,0.9317\n2023-02,EUR,0.9342\n2023-03,EUR,0.9385\n2023-04,EUR,0.9104\n' > $T/rates.csv
printf 'period,reporter,partner,flow,product,value,currency\n2023,DEU,KGZ,X,TOTAL,100,EUR\n' > $T/t.csv
cd $T && trade-fx --rates rates.csv --to USD t.csv
