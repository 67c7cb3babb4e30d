# Forty years without trade are all named in the warning, none cut from
# the list (it stopped at 200 bytes before): 1980-2019 zero, then 2.385,
# 4.77, 7.155, 9.54; the trend is of those four alone (their log-linear
# fit: slope 2.28217 / 5 = 0.456434, growth e^0.456434 - 1 = 0.578).
awk 'BEGIN { print "period,reporter,partner,flow,product,value"; for (y = 1980; y <= 2023; y++) printf "%d,ARM,GEO,X,TOTAL,%s\n", y, y < 2020 ? 0 : (y - 2019) * 2.385 }' | trade-trend | awk -F, 'NR > 1 { printf "n %s first %s last %s trend %.3g\n", $11, $12, $13, $17 }'
