# A trade-mirror table drawn without --y: its two lines are the two
# reports of the flow, named by who reports them; with several
# exporters, each series' exporter-reported and importer-reported
# lines.  A hostile code reaches the legend quoted.
h=period,exporter,importer,product,currency,export_value,import_value,import_fob,gap,ratio,di,flag,export_months,import_months,source
printf '%s\n2022,EU27,KGZ,TOTAL,EUR,1170,500,500,670,2.34,0.4,matched,12,,Eurostat Comext\n2023,EU27,KGZ,TOTAL,EUR,2730,900,900,1830,3.03,0.5,matched,12,,Eurostat Comext\n' $h > $T/one.csv
trade-plot line --script -o $T/c.png $T/one.csv | grep -o "title '[^']*'"
echo "rc=$?"
trade-plot line --names --script -o $T/c.png $T/one.csv | grep -o "title '[^']*'"
printf '%s\n2022,DEU,KGZ,TOTAL,EUR,320,155,155,165,2.06,0.3,matched,12,,Eurostat Comext\n2023,DEU,KGZ,TOTAL,EUR,713,394,394,319,1.81,0.3,matched,12,,Eurostat Comext\n2023,FRA,KGZ,TOTAL,EUR,187,76,76,111,2.46,0.4,matched,12,,Eurostat Comext\n' $h > $T/two.csv
trade-plot line --script -o $T/c.png $T/two.csv | grep -o "title '[^']*'"
printf '%s\n2023,EU27,K'"'"'Z`touch pwned`,TOTAL,EUR,2730,900,900,1830,3.03,0.5,matched,12,,Eurostat Comext\n' $h > $T/bad.csv
trade-plot line --script -o $T/c.png $T/bad.csv | grep -c "title 'K’Z\`touch pwned\` imports"
(cd $T && trade-plot line -o c.png bad.csv)
echo "rc=$?"
test -e $T/pwned && echo "ran a command from the data"
# --y names the columns: as given
trade-plot line --y export_value --script -o $T/c.png $T/one.csv | grep -c "title 'export_value'"
