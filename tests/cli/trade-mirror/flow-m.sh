# --flow M: the same pairs seen from the importer (A's imports from B
# against B's exports to A), sorted by importer.  CHN->RUS: X 100 against
# M 90 (gap 10, ratio 10/9, di 10/190); RUS->CHN: X 60 against M 80 (gap
# -20, ratio 0.75, di -20/140); KAZ->CHN: an export only.
printf 'period,reporter,partner,flow,product,value\n2023,CHN,RUS,X,TOTAL,100\n2023,RUS,CHN,M,TOTAL,90\n2023,RUS,CHN,X,TOTAL,60\n2023,CHN,RUS,M,TOTAL,80\n2023,KAZ,CHN,X,TOTAL,5\n' > $T/f.csv
trade-mirror -q $T/f.csv | cut -d, -f1-12
trade-mirror -q --flow M $T/f.csv | cut -d, -f1-12
