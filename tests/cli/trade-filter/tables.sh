# every table of docs/tables.md is filtered by the key columns it has and
# keeps every other column as it was: a roll-up's rows, months and
# month_mask; shares with total, share, coverage and rank, and the
# 'other' row of --top; a trend by reporter; a mirror by exporter and
# importer; concentration by period; trade rows with trade-load's names
f=tests/data/contract/ru-8542.csv
trade-agg --annual --by period,partner $f | trade-filter --partner CHN,KAZ
trade-filter --product 854231 $f | trade-share --top 1 2>/dev/null | trade-filter --reporter RUS --period 2022..
trade-trend $f 2>/dev/null | trade-filter --partner DEU | cut -d, -f2,3,11-16
trade-mirror $f 2>/dev/null | trade-filter --exporter CHN --importer RUS --period 2023
trade-conc $f 2>/dev/null | trade-filter --period 2021 --flow M --product 854231 | cut -d, -f1-5,11-14
trade-load --names $f | trade-filter --partner KAZ --period 2021 | cut -d, -f1-6,11,12
