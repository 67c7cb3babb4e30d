# A folded stacked chart says what its 'other' holds: the members
# themselves when they are few, else how many, and which are named
printf 'period,reporter,partner,flow,share\n' > $T/s.csv
for y in 2022 2023; do
	printf '%s,RUS,CHN,M,0.45\n%s,RUS,BLR,M,0.2\n%s,RUS,KAZ,M,0.125\n%s,RUS,TUR,M,0.1\n%s,RUS,IND,M,0.075\n%s,RUS,ARM,M,0.05\n' $y $y $y $y $y $y >> $T/s.csv
done
trade-plot stacked --script --max-series 4 $T/s.csv | grep '^"period"'
trade-plot stacked --script --max-series 3 $T/s.csv | grep '^"period"'
