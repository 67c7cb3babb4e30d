# a.awk - task (a) in awk: HS 8542, sum by reporter and partner, shares
BEGIN { FS = OFS = "," }
NR > 1 && index($5, "8542") == 1 { v[$2 FS $3] += $6; t[$2] += $6 }
END {
	print "reporter", "partner", "value", "share"
	for (k in v) { split(k, a, FS); printf "%s,%.2f,%.15g\n", k, v[k], v[k] / t[a[1]] }
}
