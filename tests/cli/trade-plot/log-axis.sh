# On a log axis the tics are powers of ten: the small ones keep their
# digits (EUR 0.01 bn, not 0.0 bn), where a linear axis shows a fixed
# number of decimals.
printf 'period,reporter,partner,flow,product,value,currency\n2023,EU27,RUS,X,TOTAL,9000000000,EUR\n2023,EU27,KGZ,X,TOTAL,12000000,EUR\n2024,EU27,RUS,X,TOTAL,5000000000,EUR\n2024,EU27,KGZ,X,TOTAL,30000000,EUR\n' > $T/v.csv
trade-plot line --log --script $T/v.csv | grep -E '^set (format y|logscale)'
trade-plot line --script $T/v.csv | grep -E '^set (format y|logscale)'
