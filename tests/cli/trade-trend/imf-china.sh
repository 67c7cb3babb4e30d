# needs: shared
# Russia's imports from China 2016-2024 (IMF IMTS, USD): cagr 0.159269,
# trend growth 0.155542, its standard error 0.014681, 95% interval
# [0.116117, 0.196360], r2 0.932677; Chow test at 2022: F 2.328773 on
# (2, 5) degrees of freedom.
trade-filter --reporter RUS --partner CHN --flow M ../shared/data/imf-imts-russia/RU_trade.csv | trade-trend --break 2022 |
    awk -F, 'NR > 1 { printf "n %s %s-%s cagr %.6f trend %.6f se %.6f ci [%.6f, %.6f] r2 %.6f\nchow F %.6f (%s, %s) p %.4f before %.4f after %.4f\n", $11, $12, $13, $16, $17, $18, $19, $20, $21, $23, $24, $25, $26, $27, $28 }'
