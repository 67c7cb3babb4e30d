# An unknown country in an option is a usage error (exit 2).
trade-filter --reporter XYZ /dev/null
