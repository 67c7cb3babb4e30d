# needs: shared soffice
# 10,405 rows of real Comtrade data with names, to a workbook and back
# through LibreOffice Calc: the CSV that comes back is the one that went in.
trade-load --names ../shared/data/comtrade-armenia-monthly/vehicle_trade_armenia.csv > $T/in.csv
trade-xlsx -o $T/a.xlsx $T/in.csv
cd $T && soffice -env:UserInstallation=file://$T/lo --headless \
    --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false' \
    a.xlsx >/dev/null 2>&1
cmp in.csv a.csv && wc -l < a.csv && grep -c "Côte d'Ivoire" a.csv
