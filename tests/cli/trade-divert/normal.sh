# EU exports of HS 8542 to Russia and Armenia, January-November 2021 and
# 2022 (tests/data/divert/README.md): to Russia 525208367 -> 119388632
# EUR, -77.3%; to Armenia 350139 -> 4481770, 12.8 times; Armenia takes
# (4481770 - 350139) / (525208367 - 119388632) = 1.02% of what Russia
# lost, Uzbekistan (the control) 0.13%.
trade-divert --origin EU27 --target RUS --hubs ARM --controls UZB \
    --break 2022-01 tests/data/divert/eu-8542-cn8.csv
