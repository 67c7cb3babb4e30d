# needs: shared
# The stderr summary on the Kyrgyz files, --annual: 113 pairs matched (5
# of them the EU27's, 2019-2023), 29 partial (a member state with rows
# in fewer months of a year than Kyrgyzstan's whole-year imports: Malta
# 2019 5 months, the UK 2020 one), 46 exports and 546 imports one-sided;
# the total gap over the 108 matched country pairs, EU27 left out,
# 2579629815.29 EUR (the gap column of the matched rows, summed by awk).
E=../shared/data/eurostat-comext
trade-mirror --annual -o $T/m.csv $E/kyrgyz_export_eurostat/*.csv $E/national_data_converted/kyrgyz_import_yearly.csv
