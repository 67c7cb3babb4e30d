# Monthly rows converted first, then rolled up: the coverage columns of a
# roll-up travel through trade-fx, and trade-agg reads its output back.
# 1 / 0.9317 + 2 / 0.9342 + 3 / 0.9385 + 4 / 0.9104 = 10.8044 USD in 4
# months; that roll-up cannot be converted as a year; a 12-month one can:
# 100 EUR in 2022 at the mean of its 12 months (0.95059) is 105.198 USD.
printf 'period,reporter,partner,flow,product,value,currency\n2023-01,DEU,KGZ,X,TOTAL,1,EUR\n2023-02,DEU,KGZ,X,TOTAL,2,EUR\n2023-03,DEU,KGZ,X,TOTAL,3,EUR\n2023-04,DEU,KGZ,X,TOTAL,4,EUR\n' > $T/m.csv
trade-fx --rates tests/data/fx-rates.csv --to USD $T/m.csv | trade-agg --annual > $T/a.csv
cat $T/a.csv
cp tests/data/fx-rates.csv $T/ && cd $T && trade-fx --rates fx-rates.csv --to EUR a.csv
printf 'period,reporter,partner,flow,product,value,currency,rows,months,month_mask\n2022,DEU,KGZ,X,TOTAL,100,EUR,12,12,fff\n' | trade-fx --rates fx-rates.csv --to USD | tee b.csv
trade-agg b.csv
