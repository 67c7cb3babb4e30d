# --annual counts the months of each reporter's flow: ARM's exports
# cover six months of 2023 (a partial year), its imports twelve; a
# month of ARM's imports is no month of its exports.
awk 'BEGIN { print "period,reporter,partner,flow,product,value"
    for (m = 1; m <= 12; m++) {
        printf "2022-%02d,ARM,GEO,X,TOTAL,10\n2022-%02d,ARM,GEO,M,TOTAL,5\n", m, m
        printf "2023-%02d,ARM,GEO,M,TOTAL,6\n", m
        if (m <= 6) printf "2023-%02d,ARM,GEO,X,TOTAL,11\n", m } }' > $T/m.csv
trade-trend --annual --each < $T/m.csv | cut -d, -f1,4,6,11-
