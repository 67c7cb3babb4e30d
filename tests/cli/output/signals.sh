# every signal that ends the program leaves no temporary behind, and the
# file as it was; the exit status says which signal (sent while the
# program waits for more input with its temporary open; env puts back
# the default actions of INT and QUIT, which sh ignores in a program it
# starts in the background).  Each step waits for what it needs to see
# (the temporary), never for a time.
. tests/tools/await.sh
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
	await has_tmp $T/out.csv || echo "$sig: no temporary"
	await idle $pid || echo "$sig: not waiting for input"
	kill -$sig $pid
	watchdog $pid
	wait $pid 2>/dev/null
	echo "$sig: exit $?, left:" $(ls $T), "out.csv:" $(cat $T/out.csv)
	kill $DOG
	exec 3>&-
done
