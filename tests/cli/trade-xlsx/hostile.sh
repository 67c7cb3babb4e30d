# needs: soffice
# Text that a spreadsheet would take for a formula (= + - @, a TAB or CR
# first) is a text cell in the workbook, read back by LibreOffice Calc as
# it went in (no ' added: the cell is typed); numbers, the negative gap
# and ratio too, are numbers.
printf 'period,reporter,partner,flow,product,value,quantity,unit,currency,source\n2023,RUS,CHN,M,010121,5.25,2,"=HYPERLINK(""http://x.io"",""y"")",USD,+1\n2023,RUS,CHN,X,010121,7,3,-2+3,USD,@SUM(A1)\n2023,RUS,KAZ,M,870323,12.5,1,"\tkg",USD,"\rx"\n2023,RUS,KAZ,X,870323,1.5,1,kg,USD,-5\n' |
trade-load | trade-xlsx -o $T/load.xlsx
printf 'period,reporter,partner,flow,product,value,currency,source\n2023,CHN,RUS,X,TOTAL,90,USD,"=1+1"\n2023,RUS,CHN,M,TOTAL,100.5,USD,-2+3\n' |
trade-mirror -q | trade-xlsx -o $T/mirror.xlsx
(cd $T && soffice -env:UserInstallation=file://$T/lo --headless \
    --convert-to fods load.xlsx mirror.xlsx >/dev/null 2>&1)
awk -f tests/cli/trade-xlsx/fods-cells.awk $T/load.fods $T/mirror.fods
