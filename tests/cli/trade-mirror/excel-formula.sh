# --excel: the sources cell that starts like a formula gets a leading ';
# the negative gap and the other measures stay bare numbers.
printf 'period,reporter,partner,flow,product,value,currency,source\n2023,CHN,RUS,X,TOTAL,90,USD,"=HYPERLINK(""http://x.io"",""y"")"\n2023,RUS,CHN,M,TOTAL,100.5,USD,-2+3\n' |
trade-mirror -q --excel | awk 'NR == 1 { sub(/^\357\273\277/, "<BOM>") }
	{ gsub(/\r/, "\\r"); print }'
