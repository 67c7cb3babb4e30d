# needs: shared
# Summing flow away never adds imports to exports, and never adds
# re-exports (RX) to the exports that include them (RM to imports): Canada's
# 2017 trade in HS 848620 is 16.03 m M + 4.63 m X = 20.66 m with
# --total-trade, not 22.76 m with its 1.73 m RX and 0.37 m RM again.
f=../shared/data/comtrade-legacy-sme/comtrade_2021-08-16.csv
{ head -1 $f; grep '^H5,2017,.*,Canada,CAN,0,World,WLD,.*,848620,' $f; } > $T/can.csv
trade-agg --by reporter,partner $T/can.csv; echo "exit $?"
trade-agg --by reporter,partner --total-trade $T/can.csv | awk -F, 'NR > 1 { printf "%s %s %.2f m, %s rows\n", $2, $3, $6 / 1e6, $11 }'
trade-agg -q --by reporter,partner,flow $T/can.csv | awk -F, 'NR > 1 { printf "%s %.2f m\n", $4, $6 / 1e6 }'
