# Every metric, tolerance form and verdict on a small fixture (figures by
# hand: 120 of the world total 500 = 24%; chips from GEO 30+10 = 40 of
# 100 = 40%; 120/150 - 1 = -20%; TUR 360 ranks first; 2023 (120) is below
# 2022 (150), 2022 above 2021; IRN's chips from GEO only as GEO reports
# them (IRN has no rows: the partners' side, --mirror or not), 21 of 28
# = 75% (tier 1 of the CHPL is finer than the
# data's 8542: insufficient); AZE has 2 months of 2023; KAZ's rows are in EUR).
trade-claim tests/data/claims-metrics.csv tests/data/claims-data.csv | cut -d, -f1-9,11-
echo "with --mirror:"
trade-claim --mirror tests/data/claims-metrics.csv tests/data/claims-data.csv | grep -E '^m[123],' | cut -d, -f1-9,11-
