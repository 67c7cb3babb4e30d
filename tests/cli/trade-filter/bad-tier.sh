# A tier that the list does not have leaves no codes: an error.
trade-filter --products data/lists/chpl.csv --tier 9 /dev/null
