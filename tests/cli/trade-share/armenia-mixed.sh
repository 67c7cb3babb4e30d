# needs: shared
# The Armenia file holds 8703 and its subheadings: without --hs-level it is
# refused, with a message that says how to go on, and nothing is written.
trade-share --annual ../shared/data/comtrade-armenia-monthly/vehicle_trade_armenia.csv
