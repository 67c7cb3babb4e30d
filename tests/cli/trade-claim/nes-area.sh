# needs: shared
# Areas "nes" are not countries.  The world's imports of 848620 in 2019
# from the reporters' exports to the world (awk on trade-load of the
# file): JPN 11.60 bn, NLD 10.57 bn, USA 9.95 bn, SGP 4.12 bn, KOR 2.02
# bn, S19 ("Other Asia, nes") 1.07 bn, DEU 0.99 bn, CHN 0.53 bn: China
# ranks 7th of 62 countries; S19 is named apart, its trade in the sum.
cat > $T/c.csv <<'CSV'
id,claim,metric,reporter,partner,flow,product,period,expected,tolerance,source
chn-rank-2019,x,rank,WLD,CHN,M,848620,2019,7,0,x
chn-share-2019,x,share,WLD,CHN,M,848620,2019,0.0124,0.01pp,x
CSV
trade-claim $T/c.csv ../shared/data/comtrade-legacy-sme/comtrade_2021-08-16.csv
