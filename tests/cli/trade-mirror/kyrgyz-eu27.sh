# needs: shared
# EU27 exports to Kyrgyzstan (Eurostat, monthly, EUR) against Kyrgyzstan's
# imports from the EU27 (national, annual, EUR), --annual: ratio 1.073
# (2021), 2.334 (2022), 3.033 (2023); di 2023 0.504.  Germany pairs with
# Kyrgyzstan's imports from Germany, a row of its own; 2024 (8 months of
# exports, no import figure yet) is listed as export_only, not dropped.
# A member state whose rows cover fewer months of a year than the
# importer's whole year is partial, not matched.
E=../shared/data/eurostat-comext
trade-mirror -q --annual $E/kyrgyz_export_eurostat/*.csv $E/national_data_converted/kyrgyz_import_yearly.csv > $T/m.csv
awk -F, 'function f(v) { return v == "" ? "-" : sprintf("%.3f", v) } $2 == "EU27" && $3 == "KGZ" { printf "%s EU27 ratio %s di %s %s months %s\n", $1, f($10), f($11), $12, $13 }' $T/m.csv
awk -F, '$2 == "DEU" && $3 == "KGZ" && $1 == 2023 { printf "%s DEU export %.2f m import %.2f m ratio %.3f %s\n", $1, $6 / 1e6, $7 / 1e6, $10, $12 }' $T/m.csv
# never an aggregate with a member state: EU27 pairs only with EU27
awk -F, '$2 == "EU27" && $3 != "KGZ"' $T/m.csv | wc -l
cut -d, -f12 $T/m.csv | tail -n +2 | sort | uniq -c
