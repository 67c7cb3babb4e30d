# needs: zip
# Every member of a zip or tar after the first is read on two threads
# too (blocks of 4 KB after a first chunk of 4 KB), and gives what one
# pass gives, byte for byte: trade-load and trade-filter, from the
# archive and from standard input, and the error of a bad value on
# line 15,000 or so of the second member (the rows before it written).
. tests/tools/threads.sh
mkdir $T/a $T/b
gen_rows 11 0.05 20000 > $T/a/one_2021.csv
gen_rows 12 0.05 20000 > $T/a/two_2022.csv
cp $T/a/one_2021.csv $T/b/
awk 'NR >= 15000 && !done && sub(/,USD,/, ",US1,") { done = 1 } 1' \
    $T/a/two_2022.csv > $T/b/two_2022.csv
(cd $T/a && zip -q ../good.zip one_2021.csv two_2022.csv &&
    tar cf ../good.tar one_2021.csv two_2022.csv)
(cd $T/b && zip -q ../bad.zip one_2021.csv two_2022.csv)
for f in good.zip good.tar bad.zip; do
	same trade-load $T/$f
	same trade-filter --flow M $T/$f
	same sh -c "trade-load \"\$@\" < $T/$f" -
done
