# needs: shared
# EU27 exports to Kyrgyzstan (Eurostat Comext, monthly, EUR), rolled up
# by trade-agg --annual: 2024 holds Jan-Aug only (months 8, month_mask
# 0ff).  Read back, 2024 is a partial year: no -31.1% "fall" against
# the whole of 2023; its change needs the same months of 2023, which
# only the monthly rows give (+4.9%, trade-trend --annual on them).  It
# is no point of the trend: CAGR and slope end at 2023.
E=../shared/data/eurostat-comext
trade-filter --reporter EU27 $E/kyrgyz_export_eurostat/*.csv > $T/x.csv
trade-agg --annual $T/x.csv > $T/a.csv
trade-trend --each < $T/a.csv | cut -d, -f1,6,9,11-
trade-trend < $T/a.csv | cut -d, -f6,9,11-16
trade-trend --annual --each < $T/x.csv | awk -F, '$1 == 2024 { printf "monthly rows: %s months %s yoy %+.1f%%\n", $1, $11, 100 * $13 }'
