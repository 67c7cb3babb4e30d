# A ragged row is an error and leaves no workbook behind.
cd $T
printf 'a,b\n1,2\n3\n' > r.csv
trade-xlsx -o r.xlsx r.csv
ls
