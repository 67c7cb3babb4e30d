# Without a world row the world is the reporters in the file, when there
# are enough of them: KOR's 8703 is (48.75 / 80.375) / (66.625 / 216.125)
# = 1.9675.
grep -v '^2023,WLD' tests/data/rca-trade.csv | trade-rca --min-reporters 3
