# the IMF's wide file: BOM, every field quoted, millions, a column per
# year, aggregates (G001 WLD, G998 EU27), KAZ 2024 empty (no row)
trade-load --names tests/data/formats/imf.csv | awk -F, '$1 >= 2022' && trade-load tests/data/formats/imf.csv | awk -F, '$1 == 2023 && $3 == "CHN" { printf "%s %.2f m USD\n", $4, $6 / 1e6 }'
