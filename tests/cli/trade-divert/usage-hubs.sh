# A hub that is no country, or the target again.
trade-divert --origin EU27 --target RUS --hubs ARM,XYZ --break 2022 x.csv
trade-divert --origin EU27 --target RUS --hubs ARM,RUS --break 2022 x.csv
