# -o on a symbolic link replaces the file it points to (relative to the
# link's folder, through a chain of links); the links stay; a link to a
# file not there yet makes that file
printf 'period,reporter,partner,flow,product,value\n2023,RUS,CHN,M,TOTAL,5\n' > $T/in.csv
mkdir $T/d
printf 'old\n' > $T/d/real.csv
ln -s d/real.csv $T/link.csv
ln -s link.csv $T/link2.csv
trade-load -o $T/link2.csv $T/in.csv; echo "exit $?"
[ -L $T/link.csv ] && [ -L $T/link2.csv ] && echo "the links are still links"
cat $T/d/real.csv
ln -s new.csv $T/d/dangling.csv
trade-load -o $T/d/dangling.csv $T/in.csv; echo "exit $?"
[ -L $T/d/dangling.csv ] && echo "dangling.csv is still a link"
cat $T/d/new.csv
(cd $T && ls . d)
