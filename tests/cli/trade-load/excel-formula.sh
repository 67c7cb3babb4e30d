# --excel: a text cell that a spreadsheet would read as a formula (= + - @,
# a TAB or CR first) gets a leading ' inside quotes; text cells are quoted
# (so "format quoted field as text" keeps codes); numbers stay bare.
printf 'period,reporter,partner,flow,product,value,quantity,unit,currency,source\n2023,RUS,CHN,M,010121,5.25,2,"=HYPERLINK(""http://x.io"",""y"")",USD,+1\n2023,RUS,CHN,X,010121,7,3,-2+3,USD,@SUM(A1)\n2023,RUS,KAZ,M,870323,12.5,1,"\tkg",USD,"\rx"\n2023,RUS,KAZ,X,870323,1.5,1,kg,USD,-5\n' |
trade-load --excel | awk 'NR == 1 { sub(/^\357\273\277/, "<BOM>") }
	{ gsub(/\r/, "\\r"); gsub(/\t/, "\\t"); print }'
