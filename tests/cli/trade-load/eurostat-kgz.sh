# needs: shared
# all 68 monthly files in one call; the EU27 row against the member states
trade-load ../shared/data/eurostat-comext/kyrgyz_export_eurostat/*.csv > $T/e.csv && awk -F, 'NR > 1 && $3 == "KGZ" { y = substr($1, 1, 4); if ($2 == "EU27") eu[y] += $6; else if ($2 ~ /^[A-Z][A-Z][A-Z]$/ && $2 != "GBR") ms[y] += $6 } END { for (y = 2021; y <= 2023; y++) printf "%d EU27 %.1f m EUR, member states %.1f m EUR\n", y, eu[y] / 1e6, ms[y] / 1e6 }' $T/e.csv && cut -d, -f2 $T/e.csv | tail -n +2 | sort -u | tr "\n" " " && echo
