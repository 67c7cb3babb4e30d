# No limit cuts a chart: eleven --y columns draw eleven lines, twenty
# marks twenty lines and labels, a label of 300 bytes is whole.  A kind
# that draws fewer columns than given says so (exit 2).
cd $T
awk 'BEGIN { printf "period"; for (i = 1; i <= 10; i++) printf ",v%d", i
	print ""
	for (y = 2015; y <= 2024; y++) { printf "%d", y
	    for (i = 1; i <= 10; i++) printf ",%d", i * (y - 2000); print "" } }' \
    > wide.csv
y=v1; for i in 2 3 4 5 6 7 8 9 10; do y="$y,v$i"; done
long=$(awk 'BEGIN { for (i = 0; i < 30; i++) printf "0123456789" }')
set --
for y2 in 2015 2016 2017 2018 2019 2020 2021 2022 2023 2024; do
	set -- "$@" --mark "$y2:a$y2" --mark "$y2-06:b$y2"
done
trade-plot line --script --y "$y,v1=$long" "$@" wide.csv > s
echo "exit $?"
echo "lines: $(grep -c 'with linespoints' s)"
echo "data blocks: $(grep -c '<< EOD' s)"
echo "marks: $(grep -c '^set arrow' s), labels: $(grep -c '^set label [0-9]* .a\|^set label [0-9]* .b' s)"
echo "long label whole: $(grep -c "title '$long'" s)"
trade-plot bar --script --y v1,v2 wide.csv > /dev/null; echo "exit $?"
trade-plot stacked --script --y v1,v2 wide.csv > /dev/null; echo "exit $?"
trade-plot scatter --script --y v1,v2,v3 wide.csv > /dev/null; echo "exit $?"
trade-plot scatter --script --x v1 --y v2,v3 wide.csv > /dev/null; echo "exit $?"
trade-plot bar --script --mark 2020 --label period wide.csv > /dev/null; echo "exit $?"
trade-plot line --script --y '' wide.csv > /dev/null; echo "exit $?"
