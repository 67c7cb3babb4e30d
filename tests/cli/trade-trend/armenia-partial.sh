# needs: shared
# Rolled up to years, 2023 has ten months of Armenia's data: it is marked
# (months 10), its change is on the same ten months of 2022 (by hand from
# the monthly rows), and it is left out of the trend, with a warning.
f=../shared/data/comtrade-armenia-monthly/vehicle_trade_armenia.csv
trade-trend --hs-level 4 --each --annual $f 2>/dev/null | awk -F, '$3 == "RUS" && $4 == "X" && $1 >= 2022 { printf "%s months %s yoy %.6f\n", $1, $11, $13 }'
trade-filter --partner RUS --flow X --product 8703 $f | trade-load | awk -F, '$5 == "8703" && substr($1, 6, 2) <= "10" { s[substr($1, 1, 4)] += $6 }
    END { printf "by hand: Jan-Oct 2023 / Jan-Oct 2022 - 1 = %.6f\n", s[2023] / s[2022] - 1 }'
trade-trend --hs-level 4 --annual $f 2>&1 >/dev/null | grep 'partner RUS, flow X'
