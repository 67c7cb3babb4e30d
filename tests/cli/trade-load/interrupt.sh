# TERM while the program waits for its first input: the output file is
# left as it was and nothing is left behind.  The input is a FIFO that
# gets nothing before the signal, which is sent once the program waits
# on it (Linux's /proc says so), so that neither a slow start nor a
# fast one changes what is seen.  The shell's own "Terminated"
# line, which it prints or not depending on when the signal lands, is
# not part of the program's output.
. tests/tools/await.sh
printf 'old\n' > $T/out.csv
mkfifo $T/in.csv
trade-load -o $T/out.csv < $T/in.csv & pid=$!
exec 3> $T/in.csv
await idle $pid || echo "not waiting for input"
kill -TERM $pid; wait $pid 2>/dev/null; echo "exit $?"
exec 3>&-
cat $T/out.csv; ls $T
