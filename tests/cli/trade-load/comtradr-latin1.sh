# needs: shared
# latin-1 names in the file come out as valid UTF-8
trade-load --names ../shared/data/comtrade-armenia-monthly/vehicle_trade_armenia.csv > $T/a.csv && grep -o "Cura.ao\|C.te d.Ivoire" $T/a.csv | sort | uniq -c && iconv -f UTF-8 -t UTF-8 $T/a.csv > /dev/null && echo valid UTF-8
