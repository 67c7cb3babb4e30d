# needs: shared
# Russia-China trade 2023 from the IMF (millions in the file, USD here)
trade-load ../shared/data/imf-imts-russia/RU_trade.csv | awk -F, '$1 == 2023 && $2 == "RUS" && $3 == "CHN" { printf "%s %.2f million USD\n", $4, $6 / 1e6; t += $6 } END { printf "both %.2f bn USD\n", t / 1e9 }'
