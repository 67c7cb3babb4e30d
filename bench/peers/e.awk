# e.awk - task (e) in awk: chapter 85, each partner's share of its
# reporter's flow of a product in a year (unsorted)
BEGIN { FS = OFS = "," }
NR > 1 && index($5, "85") == 1 { k = $1 FS $2 FS $4 FS $5; v[k FS $3] += $6; t[k] += $6 }
END {
	print "period", "reporter", "flow", "product", "partner", "value", "share"
	for (k in v) { split(k, a, FS); g = a[1] FS a[2] FS a[3] FS a[4]; printf "%s,%.2f,%.15g\n", k, v[k], v[k] / t[g] }
}
