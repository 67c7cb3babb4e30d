# needs: shared
# The seed claims against Russia's side (IMF IMTS): 231.29 bn, 3.6% below
# 240 bn, supported at 5%; China ranks first among Russia's import
# sources; the 90% microelectronics claim is insufficient (no HS rows).
trade-claim data/claims/seeds.csv ../shared/data/imf-imts-russia/RU_trade.csv | cut -d, -f1-9,11-
