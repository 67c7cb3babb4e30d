# needs: shared
# the legacy Comtrade download: every row, four flows, World as partner
trade-load ../shared/data/comtrade-legacy-sme/comtrade_2021-08-16.csv > $T/l.csv && tail -n +2 $T/l.csv | wc -l && cut -d, -f4 $T/l.csv | tail -n +2 | sort | uniq -c && cut -d, -f3 $T/l.csv | tail -n +2 | sort | uniq -c && grep -c "^[0-9]*,S19," $T/l.csv
