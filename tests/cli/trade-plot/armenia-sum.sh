# needs: shared
# The man page's Armenia example: Armenia's car exports to Russia, where
# each month has a row per transport mode that trade-filter's output does
# not tell apart.  trade-plot refuses them, or adds them up with --sum:
# December 2022 is 72.1 m USD (not the 37.8 m of its largest row).
a=../shared/data/comtrade-armenia-monthly/vehicle_trade_armenia.csv
trade-filter --partner RUS --flow X --product 8703 $a | awk -F, 'NR == 1 || $5 == "8703"' > $T/cars.csv
trade-plot line --script < $T/cars.csv > /dev/null
echo "rc $?"
trade-plot line --sum --script < $T/cars.csv | grep -E "^2022-1[12] |^set format y"
