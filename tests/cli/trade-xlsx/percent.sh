# needs: soffice
# trade-xlsx formats by the column's name: share (a fraction, 0.5560) is
# shown as 55.60%, share_pct (a percent, 55.60) as 55.60%, never 5560%;
# read back through LibreOffice Calc as shown on the sheet
f=tests/data/contract/ru-8542.csv
trade-filter --period 2021 --flow M --product 854231 $f | trade-share > $T/s-in.csv
trade-filter --period 2021 --flow M --product 854231 $f | trade-share --percent > $T/p-in.csv
trade-xlsx -o $T/s.xlsx $T/s-in.csv
trade-xlsx -o $T/p.xlsx $T/p-in.csv
cd $T && soffice -env:UserInstallation=file://$T/lo --headless \
    --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true' \
    s.xlsx p.xlsx >/dev/null 2>&1
cut -d, -f3,13,14 s.csv p.csv
