# needs: shared
# China's share of Russia's imports (IMF IMTS): 45.22% in 2023 and 24.75%
# in 2021 of the reported world total; 45.26% of the sum over countries
# (2023); China ranks first.
f=../shared/data/imf-imts-russia/RU_trade.csv
trade-share --total world --percent $f | awk -F, '$3 == "CHN" && $4 == "M" && ($1 == 2021 || $1 == 2023) { printf "world %s %.2f%% rank %s\n", $1, $13, $15 }'
trade-share $f | awk -F, '$3 == "CHN" && $4 == "M" && $1 == 2023 { printf "sum %s %.2f%% rank %s coverage %.4f\n", $1, 100 * $13, $15, $14 }'
