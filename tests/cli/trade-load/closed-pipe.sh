# needs: shared
trade-load ../shared/data/imf-imts-russia/RU_trade.csv 2>&1 | head -1
