# Each error of the rates file: file, line, column, value.
cd $T
printf 'period,currency,rate\n2023,EUR,0.9\n' > a.csv
printf 'period,currency,per_usd,per_eur\n2023,EUR,0.9,1\n' > b.csv
printf 'period,currency,per_usd\nQ3 2023,EUR,0.9\n' > c.csv
printf 'period,currency,per_usd\n2023,euro,0.9\n' > d.csv
printf 'period,currency,per_usd\n2023,EUR,0\n' > e.csv
printf 'period,currency,per_usd\n2023,EUR,1.2e\n' > f.csv
printf 'period,currency,per_usd\n2023,USD,1.1\n' > g.csv
printf 'period,currency,per_usd\n2023,EUR,0.9\n2023,EUR,0.91\n' > h.csv
printf 'period,currency,per_usd\n2023,EUR\n' > i.csv
printf 'period,currency,per_usd\n' > j.csv
: > k.csv
printf 'period,reporter,partner,flow,product,value,currency\n2023,DEU,KGZ,X,TOTAL,1,EUR\n' > t.csv
for f in a b c d e f g h i j k nonexistent; do
	trade-fx --rates $f.csv --to USD t.csv
	echo "exit $?"
done
