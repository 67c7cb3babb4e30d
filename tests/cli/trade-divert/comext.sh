# needs: shared
# EU27 exports of all goods (the EU27's own rows in Comext, not the sum
# of its members) to Russia and the four hubs, in windows of 12 months
# from March 2022 against March 2021 - February 2022, and the last,
# partial window (March-August 2024) against March-August 2021.  Summed
# with Python's csv module on the raw files: to Russia 91269900384 EUR
# (2021-03..2022-02), 47769104479 (2022-03..2023-02); to Kyrgyzstan
# 1453558336 (2024-03..2024-08).
D=$SHARED/eurostat-comext
trade-divert --origin EU27 --target RUS --hubs ARM,GEO,KAZ,KGZ \
    --break 2022-03 $D/russia_export_eurostat/*.csv \
    $D/armenia_export_eurostat/*.csv $D/georgia_export_eurostat/*.csv \
    $D/kazakhstan_export_eurostat/*.csv $D/kyrgyz_export_eurostat/*.csv |
    cut -d, -f1-5,8-9,11,13,15
