# b.awk - task (b) in awk: sum by period
BEGIN { FS = OFS = "," }
NR > 1 { v[$1] += $6 }
END { print "period", "value"; for (k in v) printf "%s,%.2f\n", k, v[k] }
