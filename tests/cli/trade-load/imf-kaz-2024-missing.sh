# needs: shared
# an empty cell is a missing observation: no row, not a zero
trade-load ../shared/data/imf-imts-russia/RU_trade.csv | awk -F, '$3 == "KAZ" && $1 >= 2023 { print $1, $4, $6 }'
