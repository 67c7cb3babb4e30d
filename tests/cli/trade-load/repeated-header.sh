# two files joined with cat: the second header is recognised, skipped and
# counted on stderr (it was "not an HS code: 'product'")
cat tests/data/formats/comtrade.csv tests/data/formats/comtrade.csv | trade-load | cut -d, -f1-6 | sort | uniq -c | sort -k2 | head -4
printf 'period,reporter,partner,flow,product,value\n2023,RUS,CHN,M,TOTAL,5\nperiod,reporter,partner,flow,product,value\n2023,RUS,KAZ,M,TOTAL,7\n' | trade-load
