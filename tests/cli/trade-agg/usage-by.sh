# A bad --by is a usage error (exit 2) that names the columns it wants.
trade-agg --by period,country /dev/null
