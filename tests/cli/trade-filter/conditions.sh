# needs: shared
# Reporter, partner (a name and a numeric code work too), flow and period
# range: Russia's 2021-2023 imports from China (IMF IMTS).
trade-filter --reporter RUS --partner China --flow M --period 2021..2023 ../shared/data/imf-imts-russia/RU_trade.csv
trade-filter --partner 156 --flow X --period 2022 --exclude-aggregates ../shared/data/imf-imts-russia/RU_trade.csv | wc -l
trade-filter --reporter RUS --exclude-aggregates ../shared/data/imf-imts-russia/RU_trade.csv | cut -d, -f3 | awk "/^(WLD|EU27|G110)$/ { n++ } END { print n + 0, \"aggregate rows\" }"
