# --window belongs to --each: a usage error.
trade-trend --window 3 /dev/null
