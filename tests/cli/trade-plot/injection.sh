# needs: gnuplot
# Partner names and a title holding backquotes, system("...") and a
# macro reach gnuplot quoted: the chart is drawn and nothing ran.
sed "s|X|$T|g" tests/data/plot-hostile.csv > $T/h.csv
trade-plot bar -o $T/h.png --title "T \`touch $T/pwned3\` system(\"touch $T/pwned4\")" $T/h.csv
trade-plot line --x period --series partner -o $T/l.png --mark "2023:\`touch $T/pwned5\`" $T/h.csv
ls $T
