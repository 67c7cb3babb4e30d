# needs: shared
# The README's examples, as printed there, give what their text promises:
# China's share of Russia's imports; CHPL imports by reporter (rows, not
# a header alone); EU27 exports to Kyrgyzstan against Kyrgyzstan's
# imports; the claims; the chart.
S=$PWD/../shared/data
trade-share --total world --top 5 $S/imf-imts-russia/RU_trade.csv |
    awk -F, '$1 == 2021 && $2 == "RUS" && $4 == "M" && $15 != "" { printf "%s %s %.2f%% rank %s\n", $1, $3, 100 * $13, $15 }'
trade-filter --products data/lists/chpl.csv --flow M \
    $S/comtrade-legacy-sme/comtrade_2021-08-16.csv |
    trade-agg --by period,reporter,partner 2>/dev/null > $T/chpl.csv
echo "$(tail -n +2 $T/chpl.csv | wc -l) reporter-years, partner $(tail -n +2 $T/chpl.csv | cut -d, -f3 | sort -u)"
awk -F, '$2 == "DZA"' $T/chpl.csv | cut -d, -f1,2,3,6
trade-mirror --annual $S/eurostat-comext/kyrgyz_export_eurostat/*.csv \
    $S/eurostat-comext/national_data_converted/kyrgyz_import_yearly.csv 2>/dev/null |
    awk -F, '$1 == 2023 && $2 == "EU27"' | cut -d, -f1-7
trade-claim data/claims/seeds.csv data/published/gacc_china_russia.csv | cut -d, -f1,2
cd $T && trade-filter --flow M $S/imf-imts-russia/RU_trade.csv | trade-share | trade-plot stacked -o shares.png; echo "trade-plot: exit $?"
test -s shares.png && echo "shares.png made"
