# needs: shared
# A claim over the EU sanctions list (5,369 HS6 codes) gives what
# trade-filter | trade-agg gives, for each of Korea's partners in the
# BACI sample (the list was cut at 64 codes: KOR->AUS 1,223,702 was
# "insufficient: no rows").
L=../shared/data/eu-sanctions-hs6
B=../shared/data/baci/baci_85_only.csv
tail -n +2 $L/sanctions_hs6_master.csv | wc -l
trade-filter --products $L/sanctions_hs6_master.csv --reporter KOR $B |
    trade-agg --by partner | tail -n +2 | cut -d, -f3,6 > $T/agg.csv
{ echo id,claim,metric,reporter,partner,flow,product,period,expected,tolerance,source
  while IFS=, read -r p v; do
	echo "$p,x,value,KOR,$p,X,@sanctions_hs6_master,2023,$v,0,x"
  done < $T/agg.csv; } > $T/c.csv
wc -l < $T/agg.csv
trade-claim --lists $L $T/c.csv $B | tail -n +2 | cut -d, -f1-5 | sort > $T/claim.csv
grep -c ',supported,' $T/claim.csv
grep -v ',supported,' $T/claim.csv
grep '^AUS,' $T/claim.csv
