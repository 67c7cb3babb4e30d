# needs: shared
# Both of Eurostat's CN8 workbooks as they were downloaded (every sheet);
# the figures of their SOURCE.txt: EU member states' exports of HS 8542
# to Russia, Jan-Nov: 525.2 m EUR (2021), 119.4 m (2022); to Armenia
# 0.35 m and 4.48 m.
trade-load ../shared/data/eurostat-cn8/*.xlsx > $T/e.csv && awk -F, 'NR > 1 && $5 ~ /^8542/ && ($3 == "RUS" || $3 == "ARM") && substr($1, 6, 2) <= 11 { s[$3 " " substr($1, 1, 4)] += $6 } END { for (k in s) printf "%s %.2f m EUR\n", k, s[k] / 1e6 }' $T/e.csv | sort && wc -l < $T/e.csv
