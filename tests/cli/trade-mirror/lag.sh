# --lag 1: exports shipped in month t pair with the imports of t+1.
printf 'period,reporter,partner,flow,product,value\n2023-01,CHN,KAZ,X,TOTAL,10\n2023-02,CHN,KAZ,X,TOTAL,20\n2023-02,KAZ,CHN,M,TOTAL,11\n2023-03,KAZ,CHN,M,TOTAL,19\n' > $T/l.csv
trade-mirror -q $T/l.csv | cut -d, -f1,2,3,6,7,12
trade-mirror -q --lag 1 $T/l.csv | cut -d, -f1,2,3,6,7,12
