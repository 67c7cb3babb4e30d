# needs: soffice
# The about sheet names every distinct source (30 here, beyond the 20
# it once kept) and the whole command line, however long: 120 operands
# of 290 bytes go on two rows, as a cell holds 32,767 characters.
awk 'BEGIN { print "value,source"; for (i = 1; i <= 30; i++) printf "%d.5,s%02d\n", i, i }' > $T/s.csv
p=$T; while [ ${#p} -lt 290 ]; do p=$p/.; done
set --; while [ $# -lt 120 ]; do set -- "$@" $p/s.csv; done
trade-xlsx -o $T/s.xlsx "$@"
cd $T && soffice -env:UserInstallation=file://$T/lo --headless \
    --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1' \
    s.xlsx >/dev/null 2>&1
grep -c '^source,' s-about.csv
grep '^source,' s-about.csv | sed -n '1p;$p'
grep -c '^input,' s-about.csv
grep -c '^command,' s-about.csv
test "$(sed -n 's/^command,//p' s-about.csv | tr -d '\n')" = \
    "trade-xlsx -o $T/s.xlsx $*" && echo the whole command
wc -l < s-data.csv
