# A line chart ranks countries, not aggregates: the world and EU27
# series are left out (the note says so), so that the largest country
# takes the first colour and the series limit counts countries only;
# --aggregates draws them, ranked with the rest.
printf 'period,reporter,partner,flow,value\n' > $T/l.csv
for y in 2021 2022 2023; do
	printf '%s,RUS,WLD,M,900.5\n%s,RUS,EU27,M,400.25\n%s,RUS,CHN,M,300.75\n%s,RUS,KAZ,M,50.5\n%s,RUS,TUR,M,40.25\n' $y $y $y $y $y >> $T/l.csv
done
trade-plot line --script --max-series 3 $T/l.csv | grep -E "^plot|^  \\\$s|^set label 102"
trade-plot line --script --aggregates --max-series 3 $T/l.csv 2>&1 | sed 's|^[^ ]*/l.csv|l.csv|'
trade-plot line --script --aggregates $T/l.csv | grep -E "^plot|^  \\\$s"
