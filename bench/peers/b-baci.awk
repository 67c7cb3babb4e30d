# b-baci.awk - task (b) on BACI's own format in awk: sum by year, from
# thousands of dollars to dollars
BEGIN { FS = OFS = "," }
NR > 1 { v[$1] += $5 }
END { print "period", "value"; for (k in v) printf "%s,%.2f\n", k, v[k] * 1000 }
