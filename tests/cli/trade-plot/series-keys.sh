# One point per x and series.  The series are every key column that
# varies: a partner's imports and exports are two lines, not one zigzag.
cd $T
printf 'period,reporter,partner,flow,product,value\n2022,RUS,CHN,M,TOTAL,76\n2022,RUS,CHN,X,TOTAL,114\n2023,RUS,CHN,M,TOTAL,110\n2023,RUS,CHN,X,TOTAL,129\n' > f.csv
trade-plot line --script f.csv | grep -E "^plot|^  \\\$s|^20"
trade-plot line --names --script f.csv | grep -o "title '[^']*'"
# --series chooses them: then two rows share a period and a series, and
# the message names the column that differs
trade-plot line --series partner --script f.csv
echo "rc $?"
# rows that differ by a column dropped upstream (a transport mode)
printf 'period,reporter,partner,flow,product,value,quantity\n2022-12,ARM,RUS,X,8703,29374088.77,1448\n2022-12,ARM,RUS,X,8703,37776905.9,663\n2023-01,ARM,RUS,X,8703,100,1\n' > m.csv
trade-plot line --script m.csv
echo "rc $?"
trade-plot line --sum --script m.csv 2>&1 | grep -E "sum|^202"
# more lines than one can tell apart: an error that says how to choose
awk 'BEGIN { print "period,partner,value"; for (i = 0; i < 13; i++) printf "2023,P%02d,%d\n", i, i + 1 }' > many.csv
trade-plot line --script many.csv
echo "rc $?"
trade-plot line --max-series 13 --script many.csv | grep -c "^\\\$s"
