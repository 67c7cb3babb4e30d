# needs: shared
# The $240 bn claim against the IMF's 231.29 bn (8.71 bn below): supported
# at 5% and at an absolute 9e9, contradicted at 2% and at 8e9.
for t in 5% 2% 9000000000 8000000000; do
	printf 'id,claim,metric,reporter,partner,flow,product,period,expected,tolerance,source\nt,240 bn,total_trade,CHN,RUS,both,TOTAL,2023,240e9,%s,x\n' $t > $T/c.csv
	printf '%s ' $t; trade-claim $T/c.csv ../shared/data/imf-imts-russia/RU_trade.csv | tail -1 | cut -d, -f2,3
done
