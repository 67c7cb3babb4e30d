# d.awk - task (d) in awk: BACI to canonical rows (codes from the
# country_codes file, values from thousands to dollars)
BEGIN { FS = OFS = "," }
FNR == NR { if (FNR > 1) iso[$1] = $4; next }
FNR == 1 { print "period", "reporter", "partner", "flow", "product", "value", "quantity"; next }
{ k = $4; while (length(k) < 6) k = "0" k; printf "%s,%s,%s,X,%s,%.2f,%s\n", $1, iso[$2], iso[$3], k, $5 * 1000, $6 }
