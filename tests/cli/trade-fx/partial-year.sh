# A roll-up of part of a year (4 months) is refused: the year's rate is
# not its months'; the way out is to convert the months first.
trade-filter --period 2023-01..2023-11 tests/data/fx-trade.csv | trade-agg --annual > $T/a.csv
printf 'period,reporter,partner,flow,product,value,currency\n2023-01,DEU,KGZ,X,TOTAL,1,EUR\n2023-02,DEU,KGZ,X,TOTAL,2,EUR\n2023-03,DEU,KGZ,X,TOTAL,3,EUR\n2023-04,DEU,KGZ,X,TOTAL,4,EUR\n' | trade-agg --annual > $T/p.csv
cd $T && trade-fx --rates $OLDPWD/tests/data/fx-rates.csv --to USD p.csv
