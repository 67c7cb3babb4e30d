# the API's CSV (tests/data/formats/README.md): countries by M49 number,
# qty 0.0 without a unit is missing; Jan-Jun 2023 is 62.70 bn USD
trade-load tests/data/formats/comtrade.csv && trade-load tests/data/formats/comtrade.csv | awk -F, '$1 ~ /^2023-0[1-6]$/ { s += $6 } END { printf "2023 H1 %.2f bn USD\n", s / 1e9 }'
