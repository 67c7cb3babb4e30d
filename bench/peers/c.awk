# c.awk - task (c) in awk: the HHI of partners per reporter and year
BEGIN { FS = OFS = "," }
NR > 1 { v[$1 FS $2 FS $3] += $6; t[$1 FS $2] += $6 }
END {
	for (k in v) { split(k, a, FS); g = a[1] FS a[2]; s = v[k] / t[g]; h[g] += s * s }
	print "period", "reporter", "hhi"
	for (g in h) printf "%s,%.15g\n", g, h[g]
}
