# docs/tables.md: every pair of programs where one's output is the
# other's input, each chain checked by a figure
f=tests/data/contract/ru-8542.csv
m=tests/data/contract/ru-monthly.csv
echo "trade-agg | trade-share | trade-filter | trade-xlsx: China's share in 2023, a fraction"
trade-filter --product 854231 $f | trade-agg --by period,reporter,partner,flow | trade-share | trade-filter --partner CHN --period 2023 --flow M > $T/s.csv
cut -d, -f1-4,6,11-15 $T/s.csv
trade-xlsx -o $T/s.xlsx $T/s.csv
# the share cell holds the fraction, its style the format 0.00%
unzip -p $T/s.xlsx xl/worksheets/sheet1.xml | grep -o '<c r="M2"[^/]*</v>'
s=$(unzip -p $T/s.xlsx xl/worksheets/sheet1.xml | sed -n 's/.*<c r="M2" s="\([0-9]*\)".*/\1/p')
unzip -p $T/s.xlsx xl/styles.xml | sed 's/.*<cellXfs[^>]*>//; s/<\/cellXfs>.*//' | tr '<' '\n' | grep '^xf ' | sed -n "$((s + 1))p" | sed 's/.*numFmtId="\([0-9]*\)".*/\1/' > $T/id
unzip -p $T/s.xlsx xl/styles.xml | tr '<' '\n' | grep "^numFmt numFmtId=\"$(cat $T/id)\"" | grep -o 'formatCode="[^"]*"'
echo "trade-share --top 1 | trade-filter --partner other: the rest of 2022"
trade-filter --product 854231 --flow M $f | trade-share --top 1 | trade-filter --partner other --period 2022 | cut -d, -f1-6,11-15
echo "trade-share --percent | trade-filter: share_pct kept"
trade-filter --product 854231 --flow M --period 2023 $f | trade-share --percent | trade-filter --partner KAZ | cut -d, -f3,13,14
echo "trade-mirror | trade-filter --exporter --importer: the 2022 gap"
trade-mirror $f 2>/dev/null | trade-filter --exporter CHN --importer RUS --period 2022 --product 854231 | cut -d, -f1-4,6-10,12
echo "trade-trend | trade-filter: Germany's CAGR"
trade-trend $f 2>/dev/null | trade-filter --partner DEU --product 854231 | cut -d, -f2-5,11,16
echo "trade-trend --each | trade-filter --period: the 2023 yoy"
trade-trend --each $f 2>/dev/null | trade-filter --partner CHN --product 854231 --period 2023 | cut -d, -f1-6,13
echo "trade-conc | trade-filter: the 2021 HHI"
trade-conc $f 2>/dev/null | trade-filter --period 2021 --reporter RUS --product 854231 | cut -d, -f1,2,4,5,11-12
echo "trade-agg --annual | trade-filter | trade-agg: the months travel"
trade-agg --annual --by period,reporter,partner $m | trade-filter --partner CHN,KAZ | trade-agg --by period,reporter | cut -d, -f1,2,6,11-
echo "trade-filter | trade-agg | trade-filter --exclude-aggregates: no world in the sum"
trade-filter --flow M --period 2021 $f | trade-agg --by reporter,partner --with-aggregates 2>/dev/null | trade-filter --exclude-aggregates | cut -d, -f2,3,6,11
