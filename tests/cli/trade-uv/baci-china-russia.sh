# needs: shared
# China's exports to Russia (BACI: v in thousands of USD, which the
# reader scales; q in tonnes): USD per tonne of cars 1.5-3 l (870323) and
# CNC horizontal lathes (845811), each year, both directions.  Checked on
# the raw file with
#   awk -F, '$2==156 && ($4==870323||$4==845811) {print $1, $4, $5*1000/$6}'
# 870323: 40173.88 (2017) ... 10258.17 (2022), 10784.57 (2023);
# 845811: 9604.51 (2017), 25167.31 (2018) ... 11040.09 (2023).
B=$SHARED/baci-china-russia/baci_russia_china_processed_2017_2023.csv
trade-filter --product 870323,845811 $B | trade-uv
# HS 8703 in 2023, its 12 subheadings summed: 11654306.415 thousand USD
# for 1205212.133 t, 9669.92 per tonne; 2844 has no quantity in BACI
trade-filter --reporter CHN --period 2023 --product 8703,2844 $B | trade-uv --hs-level 4
