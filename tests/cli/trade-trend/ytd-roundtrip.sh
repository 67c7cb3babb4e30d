# needs: shared
# A cumulative year-to-date series built from Armenia's monthly car
# exports to Russia (2022-2023, every month present) comes back to the
# monthly values with --ytd.
trade-filter --partner RUS --flow X --product 8703 --period 2022..2023 ../shared/data/comtrade-armenia-monthly/vehicle_trade_armenia.csv | trade-agg -q --hs-level 4 > $T/m.csv
awk -F, 'BEGIN { OFS = "," } NR == 1 { print; next } { y = substr($1, 1, 4); c[y] += $6; $6 = sprintf("%.2f", c[y]); print }' $T/m.csv > $T/ytd.csv
trade-trend --ytd --each $T/ytd.csv > $T/back.csv
cut -d, -f1,6 $T/m.csv > $T/want
cut -d, -f1,6 $T/back.csv > $T/got
awk -F, 'NR == FNR { w[$1] = $2; next } FNR > 1 { n++; d = $2 - w[$1]; if (d < 0) d = -d; if (d > 1e-6 * w[$1]) bad++ }
    END { printf "%d months back from the cumulative series, %d differ by more than 1e-6\n", n, bad }' $T/want $T/got
head -3 $T/ytd.csv | cut -d, -f1,6
