# a ';' file: the decimal mark is decided from the values that show it
# (12,5 and 1.234,5: a comma), and 1.000 is then a thousand
printf 'period;reporter;partner;flow;product;value\n2023;RUS;CHN;M;0101;1.000\n2023;RUS;CHN;M;0102;12,5\n2023;RUS;CHN;M;0103;1.000\n2023;RUS;CHN;M;0104;1.234,5\n' | trade-load --decimal , | cut -d, -f5,6
printf 'period;reporter;partner;flow;product;value\n2023;RUS;CHN;M;0102;12,5\n2023;RUS;CHN;M;0103;1.000\n2023;RUS;CHN;M;0104;1.234,5\n2023;RUS;CHN;M;0105;2.500.000\n' | trade-load | cut -d, -f5,6
printf 'period;reporter;partner;flow;product;value\n2023;RUS;CHN;M;0102;0.5\n2023;RUS;CHN;M;0103;1,000\n2023;RUS;CHN;M;0104;1,234.5\n' | trade-load | cut -d, -f5,6
