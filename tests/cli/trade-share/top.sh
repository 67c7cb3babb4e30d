# needs: shared
# --top 3: the three largest partners of Russia's 2023 imports, then one
# 'other' row; the four shares add up to 1.
trade-load ../shared/data/imf-imts-russia/RU_trade.csv | awk -F, 'NR == 1 || ($1 == 2023 && $4 == "M")' > $T/m.csv
trade-share --top 3 $T/m.csv | cut -d, -f3,13,15
trade-share --top 3 $T/m.csv | awk -F, 'NR > 1 { t += $13 } END { printf "%.12f\n", t }'
