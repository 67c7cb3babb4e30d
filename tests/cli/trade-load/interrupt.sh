# TERM while the program waits for its first input: the output file is
# left as it was and nothing is left behind.  The shell's own
# "Terminated" line, which it prints or not depending on when the signal
# lands, is not part of the program's output.
printf 'period,reporter,partner,flow,product,value,quantity,unit,currency,source\n' > $T/in.csv; printf 'old\n' > $T/out.csv
( sleep 2; cat $T/in.csv ) | trade-load -o $T/out.csv & pid=$!
sleep 0.5; kill -TERM $pid; wait $pid 2>/dev/null; echo "exit $?"; cat $T/out.csv; ls $T
