# 1.234 in a ';' file with no value that tells the mark: refused, with
# the way out (--decimal)
printf 'period;reporter;partner;flow;product;value\n2023;RUS;CHN;M;0101;1.234\n2023;RUS;CHN;M;0102;7\n' | trade-load
