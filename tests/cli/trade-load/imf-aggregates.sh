# needs: shared
# the IMF groups keep recognisable codes (WLD for G001, EU27 for G998)
trade-load ../shared/data/imf-imts-russia/RU_trade.csv | awk -F, '$1 == 2023 && $4 == "M" && ($3 == "WLD" || $3 == "EU27" || $3 == "G110") { printf "%s %.2f bn\n", $3, $6 / 1e9 }'
