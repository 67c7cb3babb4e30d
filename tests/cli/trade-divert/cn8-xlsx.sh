# needs: shared
# The roundabout from Eurostat's own workbooks (../shared/data/eurostat-cn8,
# read as they were downloaded): EU exports of HS 8542 to Russia fall 77%
# (525.2 m -> 119.4 m EUR, Jan-Nov 2022 against Jan-Nov 2021) while those
# to Armenia rise 12.8 times, the figures of the normal case's excerpt.
trade-divert --hs-level 4 --origin EU27 --target RUS --hubs ARM \
    --controls UZB --break 2022-01 ../shared/data/eurostat-cn8/*.xlsx |
    awk -F, 'NR == 1 || $6 == "8542"' | cut -d, -f1,4,5,6,8-13,15
