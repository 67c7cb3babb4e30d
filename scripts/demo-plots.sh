#!/bin/sh
# demo-plots.sh - the charts of plots/ (make demo runs it): from the data
# that ships, and from ../shared/data when it is there.
set -eu
shared=../shared/data
mkdir -p plots out

# the flow codes become legend labels
awk -F, -v OFS=, 'NR > 1 { $4 = $4 == "T" ? "total trade" : $4 == "X" ? "China'\''s exports to Russia" : "China'\''s imports from Russia" } 1' \
    data/published/gacc_china_russia_ytd.csv > out/china-russia-gacc-2023-ytd.csv
trade-plot line --y value --series flow \
    --title "China-Russia trade in 2023, year to date" \
    --subtitle "US dollars, cumulative from January, as China's customs published it (no figure found for July)" \
    --caption "Source: China's customs (GACC) figures as reported in the press, one article per figure: data/published/gacc_china_russia_ytd.csv" \
    -o plots/china-russia-gacc-2023-ytd.png out/china-russia-gacc-2023-ytd.csv
echo "  plots/china-russia-gacc-2023-ytd.png"

[ -d "$shared" ] || {
	echo "  (the other charts need $shared)"
	exit 0
}
ru=$shared/imf-imts-russia/RU_trade.csv
trade-filter --reporter RUS --flow M --partner CHN,DEU,BLR,TUR,KAZ,USA "$ru" > out/russia-imports-top.csv
trade-plot line --title "Russia's imports from its main partners" \
    --subtitle "Annual, US dollars, as the IMF reports them (2022-2024: IMF estimates)" \
    --mark 2022-02:"invasion of Ukraine" \
    -o plots/russia-imports-top-partners.png out/russia-imports-top.csv
echo "  plots/russia-imports-top-partners.png"

trade-filter --flow M "$ru" | trade-share -q --top 5 > out/russia-import-shares.csv
trade-plot stacked --names --title "Who supplies Russia" \
    --subtitle "Shares of Russia's imports, by partner (IMF)" \
    -o plots/russia-import-shares.png out/russia-import-shares.csv
echo "  plots/russia-import-shares.png"

# the file's country names are latin-1 (docs/armenia-cars.md)
trade-filter --encoding cp1252 --partner RUS --flow X --product 8703 \
    "$shared"/comtrade-armenia-monthly/vehicle_trade_armenia.csv |
    trade-agg -q --hs-level 4 > out/armenia-cars-to-russia.csv
trade-plot line --title "Armenia's car exports to Russia" \
    --subtitle "HS 8703, monthly, US dollars, as Armenia reports them (a gap: no exports reported)" \
    --mark 2022-02:"invasion of Ukraine" \
    -o plots/armenia-cars-to-russia.png out/armenia-cars-to-russia.csv
echo "  plots/armenia-cars-to-russia.png"

trade-filter --encoding cp1252 --partner RUS --flow X --product 8703 \
    "$shared"/comtrade-armenia-monthly/vehicle_trade_armenia.csv |
    trade-agg -q --annual --hs-level 4 > out/armenia-cars-annual.csv
trade-plot line --title "Armenia's car exports to Russia, by year" \
    --subtitle "HS 8703, US dollars, as Armenia reports them: a year with months missing is a hollow point" \
    -o plots/armenia-cars-annual.png out/armenia-cars-annual.csv
echo "  plots/armenia-cars-annual.png"

e=$shared/eurostat-comext
trade-mirror -q --annual "$e"/kyrgyz_export_eurostat/*.csv \
    "$e"/national_data_converted/kyrgyz_import_yearly.csv |
    awk -F, 'NR == 1 || ($2 == "EU27" && $12 == "matched")' > out/eu-kyrgyzstan-mirror.csv
trade-plot line \
    --y "export_value=EU27 exports to Kyrgyzstan (EU figures),import_value=Kyrgyzstan's imports from the EU27 (Kyrgyz figures)" \
    --title "EU exports to Kyrgyzstan against Kyrgyzstan's imports from the EU" \
    --subtitle "Annual, euros: in 2023 the EU reports shipping three times what Kyrgyzstan reports receiving" \
    --mark 2022-02:"invasion of Ukraine" \
    --caption "Sources: Eurostat Comext (EU side); Kyrgyz national import statistics, converted to euros by M. Lev (eu-export-sanctions) (Kyrgyz side)" \
    -o plots/eu-kyrgyzstan-mirror.png out/eu-kyrgyzstan-mirror.csv
echo "  plots/eu-kyrgyzstan-mirror.png"

trade-share -q --top 10 "$ru" | awk -F, 'NR == 1 || ($1 == 2023 && $4 == "M" && $3 != "other")' > out/russia-imports-2023.csv
trade-plot bar --names --title "Where Russia's imports came from, 2023" \
    --subtitle "The ten largest partners, US dollars (IMF estimates)" \
    -o plots/russia-imports-2023.png out/russia-imports-2023.csv
echo "  plots/russia-imports-2023.png"
