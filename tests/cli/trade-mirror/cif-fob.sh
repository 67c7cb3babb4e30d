# --cif-fob 1.06: imports 106 CIF are 100 FOB; gap 10, ratio 1.1,
# di 10/210.
printf 'period,reporter,partner,flow,product,value\n2023,CHN,RUS,X,8542,110\n2023,RUS,CHN,M,8542,106\n' | trade-mirror -q --cif-fob 1.06 | cut -d, -f1-12
