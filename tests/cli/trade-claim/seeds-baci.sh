# needs: shared
# The seed claims about China's exports to Russia against CEPII BACI
# (summed with awk on the raw file, v in thousands of USD, q in tonnes):
# HS 8542 179849.693 in 2022 (the $179 million holds within 0.47%) and
# 216395.867 in 2021 (the $74 million is contradicted); nitrocellulose
# (391220) 703.567 t in 2022, 1365.435 t in 2023; BACI is annual, so the
# claim about July 2023 stays insufficient.
trade-claim data/claims/seeds.csv ../shared/data/baci-china-russia/baci_russia_china_processed_2017_2023.csv | awk -F, 'NR == 1 || /^china-(chips|cnc|nitro)/' | cut -d, -f1-9,11-
