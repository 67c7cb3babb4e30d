# -o on a device writes to it (here /dev/null through a link, which no
# program can replace /dev/null through): the link and the device stay
printf 'period,reporter,partner,flow,product,value\n2023,RUS,CHN,M,TOTAL,5\n' > $T/in.csv
ln -s /dev/null $T/null
trade-load -o $T/null $T/in.csv; echo "exit $?"
[ -L $T/null ] && echo "null is still a link"
[ -c /dev/null ] && echo "/dev/null is a device"
ls $T
