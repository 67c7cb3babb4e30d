# needs: shared
# BACI is a reconciled dataset, not the exporter's own reports: the
# note names it (CHN's 2022 exports of 8542 to RUS, 179.8 m USD)
trade-claim data/claims/seeds.csv ../shared/data/baci-china-russia/baci_russia_china_processed_2017_2023.csv | awk -F, '/^china-chips-2022/' | cut -d, -f1-3,8,10-
