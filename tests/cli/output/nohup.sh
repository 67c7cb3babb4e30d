# a hang-up that was ignored when the program started (nohup) stays
# ignored: the run goes on and writes its file; sent while the program
# waits for more input with its temporary open.  No pause after the
# signal: an ignored one is dropped when sent, and one the program
# caught would be acted on before it reads the next row.
. tests/tools/await.sh
awk 'BEGIN { print "period,reporter,partner,flow,product,value";
    for (i = 0; i < 20000; i++) print "2023,RUS,CHN,M,TOTAL," i }' > $T/rows.csv
mkfifo $T/fifo
( trap '' HUP; exec trade-load -o $T/out.csv $T/fifo ) & pid=$!
exec 3> $T/fifo
cat $T/rows.csv >&3
await has_tmp $T/out.csv || echo "no temporary"
await idle $pid || echo "not waiting for input"
kill -HUP $pid
echo "2023,RUS,CHN,M,TOTAL,20000" >&3
exec 3>&-
wait $pid; echo "exit $?"
wc -l < $T/out.csv
tail -1 $T/out.csv
ls $T
