# needs: shared
# Total trade on CEPII BACI's rows, which are each exporter's (flow X):
# China's rows hold its exports to Russia only, so China's "M and X" is
# half the trade; the total adds Russia's exports to China, from the
# same dataset.  The expected figures are summed here with awk on the
# raw file (v in thousands of USD): chapter 27 in 2022, both ways, and
# 2023 over 2022.  Either side's code as reporter gives the same total.
F=../shared/data/baci-china-russia/baci_russia_china_processed_2017_2023.csv
awk -F, '$4 ~ /^27/ && (($2 == 156 && $3 == 643) || ($2 == 643 && $3 == 156)) {
	s[$1] += $5
}
END {
	printf "t22,x,total_trade,CHN,RUS,both,27,2022,%.0f,0.001%%,x\n", s[2022] * 1000
	printf "t22r,x,total_trade,RUS,CHN,both,27,2022,%.0f,0.001%%,x\n", s[2022] * 1000
	printf "g23,x,growth,CHN,RUS,both,27,2023,%.6f,0.001pp,x\n", s[2023] / s[2022] - 1
	printf "x22,x,value,CHN,RUS,X,27,2022,%.0f,0.001%%,x\n", s[2022] * 1000
}' $F > $T/rows
{ echo id,claim,metric,reporter,partner,flow,product,period,expected,tolerance,source; cat $T/rows; } > $T/c.csv
cut -d, -f3,9 $T/rows
trade-claim $T/c.csv $F | cut -d, -f1-4,8-
