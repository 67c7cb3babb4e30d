# needs: shared
# EU27 exports to Kyrgyzstan (Eurostat Comext) rolled up by trade-agg
# --annual: 2024 is Jan-Aug (months 8).  Kyrgyzstan's imports have no
# 2024 figure yet; the import row made here puts its 2023 figure from
# the EU27 (901470019.63 EUR, national_data_converted) on 2024 as a
# whole year.  Eight months against twelve is no pair to compare
# (ratio 2.09 before): flag partial, no gap, ratio or di, and left out
# of the total gap (10, of DEU's 2023, alone).  Against imports of the same eight months it is a
# match.
E=../shared/data/eurostat-comext
trade-filter --reporter EU27 $E/kyrgyz_export_eurostat/*.csv | trade-agg --annual > $T/x.csv
printf 'period,reporter,partner,flow,product,value,currency\n2024,KGZ,EU27,M,TOTAL,901470019.63,EUR\n2024,KGZ,DEU,M,TOTAL,100,EUR\n2023,KGZ,DEU,M,TOTAL,40,EUR\n' > $T/m12.csv
# and a made-up German side: 2024 Jan-Aug 200, 2023 50 (gap 10)
printf 'period,reporter,partner,flow,product,value,currency,rows,months,month_mask\n2024,DEU,KGZ,X,TOTAL,200,EUR,8,8,0ff\n2023,DEU,KGZ,X,TOTAL,50,EUR,12,12,fff\n' > $T/d.csv
printf 'period,reporter,partner,flow,product,value,currency,rows,months,month_mask\n2024,KGZ,EU27,M,TOTAL,1700000000,EUR,8,8,0ff\n' > $T/m8.csv
trade-mirror < $T/x.csv - $T/m12.csv $T/d.csv 2> $T/err | awk -F, 'NR == 1 || $1 == 2024 || $2 == "DEU"' | cut -d, -f1-14
cat $T/err
trade-mirror -q < $T/x.csv - $T/m8.csv | awk -F, '$1 == 2024 { printf "%s ratio %.3f %s export_months %s import_months %s\n", $1, $10, $12, $13, $14 }'
