# f.awk - task (f) in awk: sum by period, reporter, partner, flow and
# product (unsorted)
BEGIN { FS = OFS = "," }
NR > 1 { k = $1 FS $2 FS $3 FS $4 FS $5; v[k] += $6; q[k] += $7 }
END { print "period", "reporter", "partner", "flow", "product", "value", "quantity"; for (k in v) printf "%s,%.2f,%.15g\n", k, v[k], q[k] }
