# -o /dev/fd/1 and -o /dev/stdout write to standard output (after what is
# there, when it is a file opened to append to); /dev/stdout through a
# link to it here, which no program can replace /dev/stdout through
printf 'period,reporter,partner,flow,product,value\n2023,RUS,CHN,M,TOTAL,5\n' > $T/in.csv
ln -s /dev/stdout $T/so
trade-load -o /dev/fd/1 $T/in.csv; echo "exit $?"
echo first > $T/app
trade-load -o $T/so $T/in.csv >> $T/app; echo "exit $?"
cat $T/app
[ -L $T/so ] && echo "so is still a link"
ls $T
