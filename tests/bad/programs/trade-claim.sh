# Every bad-input case of tests/bad/corpus as trade-claim's data: one clear
# message and exit 1; nothing is left at -o on an error.
mkdir $T/c
printf 'id,claim,metric,reporter,partner,flow,product,period,expected,tolerance,source\nc,x,value,RUS,CHN,M,TOTAL,2023,100,0,x\n' > $T/c/claims.csv
sh tests/bad/run-corpus.sh trade-claim $T/c/claims.csv
