# SITC codes are not HS codes: SITC 781 (cars) stays 781, never HS 0781
# (vegetables); --hs-level and a product filter refuse them, and a sum
# refuses to add them to HS rows of the same trade.
h=period,reporterCode,partnerCode,flowCode,classificationCode,cmdCode,primaryValue
printf '%s\n' $h 2023,51,643,X,S4,781,5 2023,51,643,X,H6,870323,5 > $T/s.csv
cd $T && trade-agg --by product s.csv
trade-agg --hs-level 4 s.csv; echo "exit $?"
trade-filter --product 0781 s.csv; echo "exit $?"
trade-agg --by reporter s.csv; echo "exit $?"
