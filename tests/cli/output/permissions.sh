# an existing file keeps its permissions (and its owner where the system
# lets the program give it: as root, another user's file stays theirs);
# a new file gets 0666 less the umask
printf 'period,reporter,partner,flow,product,value\n2023,RUS,CHN,M,TOTAL,5\n' > $T/in.csv
printf 'old\n' > $T/out.csv
chmod 640 $T/out.csv
chown 65534:65534 $T/out.csv 2>/dev/null
owner=$(stat -c %u:%g $T/out.csv)
trade-load -o $T/out.csv $T/in.csv; echo "exit $?"
stat -c %a $T/out.csv
[ "$(stat -c %u:%g $T/out.csv)" = "$owner" ] && echo "owner kept"
printf 'old\n' > $T/ro.csv
chmod 444 $T/ro.csv
trade-load -o $T/ro.csv $T/in.csv; echo "exit $?"
stat -c %a $T/ro.csv
umask 027
trade-load -o $T/new.csv $T/in.csv; echo "exit $?"
stat -c %a $T/new.csv
cat $T/out.csv
