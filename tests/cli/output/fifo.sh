# -o on a FIFO writes into it: no temporary is renamed onto it
printf 'period,reporter,partner,flow,product,value\n2023,RUS,CHN,M,TOTAL,5\n' > $T/in.csv
mkfifo $T/f
timeout 60 cat $T/f > $T/got &
timeout 60 trade-load -o $T/f $T/in.csv; echo "exit $?"
wait
cat $T/got
[ -p $T/f ] && echo "f is still a FIFO"
ls $T
