# needs: shared
# The CHPL (HS2022) in HS2017: codes that correspond n:n are reported,
# never silently dropped; 848620 and 903082 map 1:1 and are kept.
trade-filter --products data/lists/chpl.csv --hs-table ../shared/data/hs-nomenclature/HS2022_to_HS2017_correlation.csv ../shared/data/comtrade-legacy-sme/comtrade_2021-08-16.csv | cut -d, -f5 | tail -n +2 | sort | uniq -c
