# needs: shared
# Monthly periods are spaced by months: the trend of Armenia's monthly
# car exports to Russia (47 months with trade, 2017-04..2023-10, gaps
# left as gaps) and a Chow test at 2022-07, each recomputed by awk from
# the monthly values at t = year + (month - 1) / 12: the OLS slope b of
# ln(value), growth exp(b) - 1, and F = ((S - S1 - S2) / 2) / ((S1 + S2)
# / (n - 4)).  The CAGR spans 6.5 years: (6227421.37 / 20000)^(1 / 6.5) - 1
# = 1.418696.
f=../shared/data/comtrade-armenia-monthly/vehicle_trade_armenia.csv
trade-filter --partner RUS --flow X --product 8703 $f | trade-trend --hs-level 4 --break 2022-07 > $T/t.csv
awk -F, 'NR > 1 { printf "n %s %s..%s cagr %.6f trend %.6f se %.6f r2 %.6f F %.4f (%s, %s)\n", $11, $12, $13, $16, $17, $18, $21, $23, $24, $25 }' $T/t.csv
trade-filter --partner RUS --flow X --product 8703 $f | trade-agg -q --hs-level 4 |
    awk -F, 'function fit(lo, hi,   i, m, sx, sy, sxx, sxy, b, a, s, r) {
		m = 0; sx = sy = sxx = sxy = 0
		for (i = lo; i <= hi; i++) { m++; sx += t[i]; sy += y[i] }
		sx /= m; sy /= m
		for (i = lo; i <= hi; i++) { sxx += (t[i] - sx) ^ 2; sxy += (t[i] - sx) * (y[i] - sy) }
		b = sxy / sxx; a = sy - b * sx; s = 0
		for (i = lo; i <= hi; i++) { r = y[i] - a - b * t[i]; s += r * r }
		B = b; return s }
	NR > 1 && $6 > 0 { n++; t[n] = substr($1, 1, 4) + (substr($1, 6, 2) - 1) / 12; y[n] = log($6)
		if ($1 < "2022-07") n1 = n }
	END { s = fit(1, n); g = exp(B) - 1; s1 = fit(1, n1); s2 = fit(n1 + 1, n)
		printf "by hand: n %d trend %.6f F %.4f (2, %d)\n", n, g, ((s - s1 - s2) / 2) / ((s1 + s2) / (n - 4)), n - 4 }'
