# BACI's k without its leading zero (10620 is 010620), q empty; China's
# HS 8542 exports to Russia in 2022: 179.85 m USD
trade-load tests/data/formats/baci-rus-chn.csv && trade-load tests/data/formats/baci-rus-chn.csv | awk -F, '$1 == 2022 && $5 ~ /^8542/ { s += $6 } END { printf "8542 2022 %.2f m USD\n", s / 1e6 }'
