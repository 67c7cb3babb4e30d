# needs: shared
# The stderr summary on the Kyrgyz files, --annual: 142 pairs matched (5
# of them the EU27's, 2019-2023), 46 exports and 546 imports one-sided;
# the total gap over the 137 country pairs, EU27 left out, 2571058780.89
# EUR (checked with awk on trade-load's rows, summed by year).
E=../shared/data/eurostat-comext
trade-mirror --annual -o $T/m.csv $E/kyrgyz_export_eurostat/*.csv $E/national_data_converted/kyrgyz_import_yearly.csv
