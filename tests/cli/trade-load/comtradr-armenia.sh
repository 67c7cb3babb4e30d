# needs: shared
# Armenia car exports to Russia, HS4 8703 rows (the file also has HS6 rows)
trade-load ../shared/data/comtrade-armenia-monthly/vehicle_trade_armenia.csv | awk -F, '$3 == "RUS" && $4 == "X" && $5 == "8703" { s[substr($1, 1, 4)] += $6; n[substr($1, 1, 4)]++ } END { for (y = 2021; y <= 2023; y++) printf "%d %.2f million USD in %d months\n", y, s[y] / 1e6, n[y] }'
