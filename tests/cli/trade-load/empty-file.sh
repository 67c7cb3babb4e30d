: > $T/empty.csv; cd $T && trade-load empty.csv
