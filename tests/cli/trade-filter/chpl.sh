# needs: shared
# The Comtrade legacy file by the CHPL list: 848620 and 903082 (tier 4.A)
# are kept, 903141 is not on the list.
f=../shared/data/comtrade-legacy-sme/comtrade_2021-08-16.csv
trade-load $f | cut -d, -f5 | tail -n +2 | sort | uniq -c
trade-filter --products data/lists/chpl.csv $f | cut -d, -f5 | tail -n +2 | sort | uniq -c
trade-filter --products data/lists/chpl.csv --tier 1,2 $f | wc -l
