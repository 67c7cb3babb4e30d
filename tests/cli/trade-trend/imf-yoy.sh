# needs: shared
# Year on year for the same series: 2017 +26.01%, 2023 +46.13%, 2024 +3.70%;
# the index with 2021 = 100 and a 3-year moving average, checked by awk.
trade-filter --reporter RUS --partner CHN --flow M ../shared/data/imf-imts-russia/RU_trade.csv | trade-trend --each --base 2021 --window 3 > $T/e.csv
awk -F, '$1 == 2017 || $1 == 2023 || $1 == 2024 { printf "%s yoy %+.2f%%\n", $1, 100 * $13 }' $T/e.csv
awk -F, 'NR > 1 { v[$1] = $6; ix[$1] = $14; ma[$1] = $15 }
    END { printf "index 2023 %.4f (by hand %.4f)\n", ix[2023], v[2023] / v[2021] * 100
	  printf "ma 2023 %.2f (by hand %.2f); 2017 %s\n", ma[2023], (v[2021] + v[2022] + v[2023]) / 3, ma[2017] == "" ? "empty" : ma[2017] }' $T/e.csv
