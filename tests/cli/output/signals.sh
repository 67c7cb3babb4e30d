# every signal that ends the program leaves no temporary behind, and the
# file as it was; the exit status says which signal (sent while the
# program waits for more input with its temporary open; env puts back
# the default actions of INT and QUIT, which sh ignores in a program it
# starts in the background)
ulimit -c 0
awk 'BEGIN { print "period,reporter,partner,flow,product,value";
    for (i = 0; i < 20000; i++) print "2023,RUS,CHN,M,TOTAL," i }' > $T/rows.csv
for sig in HUP INT QUIT TERM PIPE ALRM USR1 USR2 XFSZ XCPU VTALRM PROF; do
	rm -f $T/fifo
	mkfifo $T/fifo
	printf 'old\n' > $T/out.csv
	env --default-signal=INT,QUIT trade-load -o $T/out.csv $T/fifo 2>/dev/null & pid=$!
	exec 3> $T/fifo
	cat $T/rows.csv >&3
	n=0
	while set -- $T/out.csv.tmp*; [ ! -e "$1" ] && [ $n -lt 200 ]; do sleep 0.05; n=$((n + 1)); done
	kill -$sig $pid
	( sleep 10; kill -KILL $pid 2>/dev/null ) & dog=$!
	wait $pid 2>/dev/null
	echo "$sig: exit $?, left:" $(ls $T), "out.csv:" $(cat $T/out.csv)
	kill $dog 2>/dev/null
	exec 3>&-
done
