# A workbook is not for standard output: -o is required (usage, exit 2).
trade-xlsx tests/data/names.csv
