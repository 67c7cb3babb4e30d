# needs: shared
# Armenia's car exports to Russia (HS4 rows), monthly: --each gives the
# change on the same month a year earlier, checked against the values.
trade-filter --partner RUS --flow X --product 8703 ../shared/data/comtrade-armenia-monthly/vehicle_trade_armenia.csv | trade-trend --hs-level 4 --each > $T/m.csv
awk -F, 'NR > 1 { v[$1] = $6; y[$1] = $13 }
    END { split("2023-01 2023-06 2023-10", ps, " ")
	for (i = 1; i <= 3; i++) { p = ps[i]; q = (substr(p, 1, 4) - 1) substr(p, 5)
	    printf "%s yoy %.6f, by hand %.6f\n", p, y[p], v[p] / v[q] - 1 } }' $T/m.csv
