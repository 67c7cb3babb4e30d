# needs: shared
# Rows of two formats form one stream: Eurostat's monthly exports to
# Kyrgyzstan (Comext relational view) with Kyrgyzstan's annual imports
# from the EU27 and Germany written out as canonical CSV (by awk, straight
# from the national file).  The same figures as from the national file
# itself: ratio 1.073 (2021), 2.334 (2022), 3.033 (2023), di 2023 0.504;
# Germany: ratio 0.925 (2021), 2.062 (2022), 1.810 (2023: 713.75 m against
# 394.25 m), each checked with awk on the raw files.
E=../shared/data/eurostat-comext
awk -F, 'BEGIN { print "period,reporter,partner,flow,product,value,currency" }
$2 == "European Union - 27 countries (from 2020)" { p = "EU27" }
$2 == "Germany" { p = "DEU" }
p != "" && $4 == "IMPORT" { print substr($6, 2) ",KGZ," p ",M,TOTAL," $7 ",EUR" }
{ p = "" }' $E/national_data_converted/kyrgyz_import_yearly.csv > $T/imports.csv
trade-mirror -q --annual $E/kyrgyz_export_eurostat/*.csv $T/imports.csv > $T/m.csv
awk -F, '$3 == "KGZ" && ($2 == "EU27" || $2 == "DEU") && $1 >= 2021 && $1 <= 2023 { printf "%s %s export %.2f m import %.2f m ratio %.3f di %.3f %s\n", $1, $2, $6 / 1e6, $7 / 1e6, $10, $11, $12 }' $T/m.csv
