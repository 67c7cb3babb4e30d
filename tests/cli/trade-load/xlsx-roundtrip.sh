# a workbook of trade-xlsx(1) (shared strings, numbers, its "about"
# sheet) reads back as the rows that went in
trade-load tests/data/formats/comtrade.csv > $T/in.csv && trade-xlsx -o $T/a.xlsx $T/in.csv && trade-load $T/a.xlsx > $T/out.csv && cmp $T/in.csv $T/out.csv && wc -l < $T/out.csv
