# A product list of 70 codes: the chips codes 854231 and 854239 come
# last, after 68 others; ARM's chips imports from GEO are 30 + 10 = 40
# (the first 64 codes only gave no rows, and the claim "insufficient").
{ echo hs6; i=10; while [ $i -lt 78 ]; do echo "0101$i"; i=$((i+1)); done
  echo 854231; echo 854239; } > $T/long.csv
printf 'id,claim,metric,reporter,partner,flow,product,period,expected,tolerance,source\nl,x,value,ARM,GEO,M,@long,2023,40,0,x\n' > $T/c.csv
tail -n +2 $T/long.csv | wc -l
trade-claim --lists $T $T/c.csv tests/data/claims-data.csv | cut -d, -f1-9,11-
