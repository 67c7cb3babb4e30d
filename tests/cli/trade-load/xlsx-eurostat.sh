# Eurostat's spreadsheet layout (DS-045409) in a workbook whose sheets
# declare the dimension A1: one row per reporter, partner and period with
# a value; ':' (not available, confidential) is missing, not a row of 0.
# The excerpt holds 40 cells of data, 19 of them ':'.
trade-load tests/data/formats/eurostat-cn8.xlsx > $T/x.csv && cat $T/x.csv && echo "$(($(wc -l < $T/x.csv) - 1)) rows"
