# needs: shared
# Summing every Eurostat reporter row would count the EU twice: the
# aggregates (EU27, EU, EA, EA20) are left out of sums over reporters, so
# that the member states' exports to Kyrgyzstan equal the EU27 row:
# 2,733.76 m EUR in 2023.
d=../shared/data/eurostat-comext/kyrgyz_export_eurostat
trade-agg --annual --by period,partner,flow $d/*.csv | awk -F, '$1 == 2023 { printf "states %.2f m %s, %s months\n", $6 / 1e6, $9, $12 }'
trade-agg -q --annual --by period,reporter $d/*.csv | awk -F, '$1 == 2023 && $2 == "EU27" { printf "EU27 %.2f m %s\n", $6 / 1e6, $9 }'
