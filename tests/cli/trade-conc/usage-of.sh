# A bad --of is a usage error (exit 2) that names the dimensions.
trade-conc --of country /dev/null
