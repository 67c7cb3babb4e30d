# the legacy download: flows 1-4 (RX, RM), "No Quantity" with a 0, and
# Other Asia (490, no ISO) as S19: 7546.42 m USD of imports in 2017
trade-load tests/data/formats/comtrade-legacy.csv && trade-load tests/data/formats/comtrade-legacy.csv | awk -F, '$2 == "S19" && $4 == "M" { printf "S19 M %.2f m USD\n", $6 / 1e6 }'
