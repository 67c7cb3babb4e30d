# --excel on a roll-up: the sources joined into one cell ("+1; @SUM(A1)")
# and the unit are neutralised with a leading ' when they start like a
# formula; the sums are numbers (M + X: --total-trade).
printf 'period,reporter,partner,flow,product,value,quantity,unit,currency,source\n2023,RUS,CHN,M,010121,5.25,2,"=HYPERLINK(""http://x.io"",""y"")",USD,+1\n2023,RUS,CHN,X,010121,7,3,-2+3,USD,@SUM(A1)\n2023,RUS,KAZ,M,870323,12.5,1,"\tkg",USD,"\rx"\n2023,RUS,KAZ,X,870323,1.5,1,kg,USD,-5\n' > $T/h.csv
for by in product flow,product; do
	trade-agg --excel --total-trade --by $by $T/h.csv
done | awk '{ sub(/^\357\273\277/, "<BOM>"); gsub(/\r/, "\\r"); gsub(/\t/, "\\t"); print }'
