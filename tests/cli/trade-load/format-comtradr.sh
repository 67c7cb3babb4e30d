# comtradr's export in latin-1: names come out as UTF-8; the HS4 row
# 8703 holds its HS6 rows (137260.16 + 54195.01 = 191455.17)
trade-load --names tests/data/formats/comtradr.csv && trade-load tests/data/formats/comtradr.csv | awk -F, '$3 == "RUS" && length($5) == 6 { s += $6 } END { printf "RUS HS6 %.2f\n", s }'
