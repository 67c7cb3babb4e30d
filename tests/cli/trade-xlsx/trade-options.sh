# The options for reading trade files do not apply to a table written as
# it is: each is a usage error (exit 2) naming the way out, and makes no
# workbook.
cd $T
printf 'a,b\n1,2\n' > t.csv
for o in --format=baci -fbaci --skip-bad --countries=c.csv --unknown=keep \
    --source=x --excel; do
	trade-xlsx $o -o t.xlsx t.csv
	echo "$o: $?"
done
ls
