# needs: shared
# BACI's China-Russia file holds two exporters: not the world, refused.
# With --min-reporters 2 the "world" is the two (the output says so):
# China's RCA in cars 1.5-3 l (870323) in 2023 is
# (5765260.312 / 110013940.831) / (5765292.508 / 239016479.306) = 2.1726
# (thousands of USD, summed with awk on the raw file: China's exports
# 110013940.831, Russia's 129002538.475).
B=$SHARED/baci-china-russia/baci_russia_china_processed_2017_2023.csv
trade-rca $B
trade-rca --min-reporters 2 $B | awk -F, 'NR == 1 || ($1 == 2023 && $5 == "870323")'
