# needs: soffice
# CRLF input, and a quoted source with a comma: read back through
# LibreOffice Calc, the values to the last digit (23.85, 2.385) and the
# source whole.
printf 'period,reporter,partner,flow,product,value,currency,source\r\n2023,ARM,RUS,X,8703,23.85,USD,"UN Comtrade, API"\r\n2023,ARM,CHN,X,8703,2.385,USD,"UN Comtrade, API"\r\n' > $T/in.csv
trade-xlsx -o $T/c.xlsx $T/in.csv
cd $T && soffice -env:UserInstallation=file://$T/lo --headless \
    --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1' \
    c.xlsx >/dev/null 2>&1
cat $T/c-data.csv
