# needs: shared
# The HHI of Russia's import partners in 2023, checked against the same
# sum done by awk over the canonical rows (countries only: no world, no
# groups, no Russia itself).
f=../shared/data/imf-imts-russia/RU_trade.csv
trade-conc $f | awk -F, '$1 == 2023 && $4 == "M" { printf "n %s hhi %.10f top %s %.4f cr3 %.4f\n", $11, $12, $18, $19, $16 }'
trade-load $f | awk -F, '$1 == 2023 && $4 == "M" && $3 ~ /^[A-Z][A-Z][A-Z]$/ && $3 != "WLD" && $3 != "RUS" && $6 > 0 { v[$3] = $6; t += $6 } END { for (k in v) { s = v[k] / t; h += s * s; n++ }; printf "n %d hhi %.10f\n", n, h }'
