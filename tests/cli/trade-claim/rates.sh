# A claim in USD on data in EUR, with --rates: each row converted at its
# period's rate (units of EUR per USD: 2023-01 0.9317, 2023-02 0.9342 in
# tests/data/fx-rates.csv), so 931.7 EUR + 934.2 EUR = 1000 + 1000 USD;
# the note says so.  Without --rates the claim stays insufficient, and a
# period without a rate names it.
printf 'id,claim,metric,reporter,partner,flow,product,period,expected,tolerance,source\nv,x,value,DEU,KGZ,X,TOTAL,2023-01..2023-02,2000,0.5%%,s\nr,x,share,DEU,KGZ,X,TOTAL,2023-01,0.5,1pp,s\n' > $T/c.csv
printf 'period,reporter,partner,flow,product,value,currency\n2023-01,DEU,KGZ,X,TOTAL,931.7,EUR\n2023-02,DEU,KGZ,X,TOTAL,934.2,EUR\n2023-01,DEU,WLD,X,TOTAL,1863.4,EUR\n' > $T/d.csv
trade-claim --rates tests/data/fx-rates.csv $T/c.csv $T/d.csv | cut -d, -f1-3,7,11
trade-claim $T/c.csv $T/d.csv | cut -d, -f1,2,11-
printf 'period,reporter,partner,flow,product,value,currency\n2019-01,DEU,KGZ,X,TOTAL,931.7,EUR\n' > $T/old.csv
printf 'id,claim,metric,reporter,partner,flow,product,period,expected,tolerance,source\nv,x,value,DEU,KGZ,X,TOTAL,2019-01,1000,1%%,s\n' > $T/c2.csv
trade-claim --rates tests/data/fx-rates.csv $T/c2.csv $T/old.csv | cut -d, -f1,2,11
