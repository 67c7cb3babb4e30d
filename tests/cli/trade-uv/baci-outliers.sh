# needs: shared
# Korea's exports of HS 852352 (smart cards) to 81 partners in 2023
# (BACI): 74 have a quantity; their unit values have median 186176.43 USD
# per tonne and MAD 104250; Australia's 1223.702 thousand USD for 0.748 t
# is 1635965.24 per tonne, z = 0.6745 * (1635965.24 - 186176.43) /
# 104250 = 9.380; 15 partners are above 3.5.  Checked on the raw file
# with awk (v * 1000 / q, sorted; the median and the median of the
# absolute deviations by hand).
trade-uv --outliers $SHARED/baci/baci_85_only.csv > $T/o.csv
cut -d, -f3,12-17 $T/o.csv | head -20
awk -F, '$17 == 1' $T/o.csv | wc -l
