# needs: shared
# China's share of the world's imports of 848620 (every reporter's imports
# from World, --of reporter): 25.56% in 2018 and 25.48% in 2019.  Reporter
# 490 "Other Asia, nes" (S19) counts; the shares of a group add up to 1.
f=../shared/data/comtrade-legacy-sme/comtrade_2021-08-16.csv
trade-share --of reporter $f > $T/s.csv
awk -F, '$2 == "CHN" && $4 == "M" && $5 == "848620" && ($1 == 2018 || $1 == 2019) { printf "%s %.2f%%\n", $1, 100 * $13 }' $T/s.csv
awk -F, '$2 == "S19" && $4 == "M" && $5 == "848620" && $1 == 2019 { printf "S19 2019 rank %s\n", $15 }' $T/s.csv
awk -F, 'NR > 1 && $4 == "M" && $5 == "848620" && $1 == 2019 { t += $13 } END { printf "sum of shares %.12f\n", t }' $T/s.csv
