# needs: soffice
# --excel CSV read by LibreOffice Calc as a double-click opens it (comma,
# UTF-8, formulas evaluated): no cell is a formula, hostile text is text
# with its leading ', numbers (the negative gap too) are numbers; 010121
# is the number 10121, and stays 010121 only with "format quoted field as
# text" (the second pass): CSV cannot type a cell, trade-xlsx can.
printf 'period,reporter,partner,flow,product,value,quantity,unit,currency,source\n2023,RUS,CHN,M,010121,5.25,2,"=HYPERLINK(""http://x.io"",""y"")",USD,+1\n2023,RUS,CHN,X,010121,7,3,-2+3,USD,@SUM(A1)\n2023,RUS,KAZ,M,870323,12.5,1,"\tkg",USD,"\rx"\n2023,RUS,KAZ,X,870323,1.5,1,kg,USD,-5\n' |
trade-load --excel > $T/load.csv
printf 'period,reporter,partner,flow,product,value,currency,source\n2023,CHN,RUS,X,TOTAL,90,USD,"=1+1"\n2023,RUS,CHN,M,TOTAL,100.5,USD,-2+3\n' |
trade-mirror -q --excel > $T/mirror.csv
for o in 44,34,76,1 44,34,76,1,,0,true; do
	echo "== $o"
	(cd $T && soffice -env:UserInstallation=file://$T/lo --headless \
	    --infilter="Text - txt - csv (StarCalc):$o" --convert-to fods \
	    --outdir $T/$o load.csv mirror.csv >/dev/null 2>&1)
	awk -f tests/cli/trade-xlsx/fods-cells.awk $T/$o/load.fods \
	    $T/$o/mirror.fods
done
