# A field longer than a cell holds (32,767 characters) is an error that
# names the row, the column and the limit, and leaves no workbook.
cd $T
awk 'BEGIN { printf "value,source\n1,"; for (i = 0; i < 32768; i++) printf "x"; print "" }' > l.csv
trade-xlsx -o l.xlsx l.csv
echo $?
ls
