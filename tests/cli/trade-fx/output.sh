# -o FILE is written whole or not at all: an error leaves nothing.
trade-fx --rates tests/data/fx-rates.csv --to USD -o $T/ok.csv tests/data/fx-trade.csv && wc -l < $T/ok.csv
printf 'period,reporter,partner,flow,product,value,currency\n2023,DEU,KGZ,X,TOTAL,1,EUR\n2021,DEU,KGZ,X,TOTAL,1,EUR\n' > $T/bad.csv
trade-fx --rates tests/data/fx-rates.csv --to USD -o $T/no.csv $T/bad.csv 2>/dev/null; echo "exit $?"
ls $T
