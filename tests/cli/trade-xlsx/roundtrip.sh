# needs: soffice
# A workbook read back by LibreOffice Calc: the HS code 010121 keeps its
# leading zero, values come back to the cent, names keep their accents,
# shares are percentages, and the about sheet names the input and source.
trade-xlsx -o $T/n.xlsx tests/data/names.csv
cd $T && soffice -env:UserInstallation=file://$T/lo --headless \
    --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1' \
    n.xlsx >/dev/null 2>&1
cd - >/dev/null
# every column but share is as it was; share is shown as a percentage
test -s $T/n-data.csv && awk -F, 'NR == FNR { a[FNR] = $0; next }
	{ split(a[FNR], o, ","); for (i = 1; i <= NF; i++) if (i != 8 && $i != o[i]) print FNR ": " o[i] " became " $i }
	{ print $6, $4, $7, $8 }' tests/data/names.csv $T/n-data.csv
cut -d, -f1 $T/n-about.csv
