# needs: shared
# Russia's share of Armenia's exports of 8703 (the HS4 rows, monthly data
# rolled up to years): 41.8% (2021), 94.2% (2022), 84.8% (2023).
trade-share --annual --hs-level 4 ../shared/data/comtrade-armenia-monthly/vehicle_trade_armenia.csv |
    awk -F, '$3 == "RUS" && $4 == "X" && $1 >= 2021 { printf "%s %.1f%%\n", $1, 100 * $13 }'
