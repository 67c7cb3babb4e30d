# --decimal says which: 1.234 is 1234 with a comma as the mark, 1.234
# with a point; a value with the other mark is an error, not a guess
printf 'period;reporter;partner;flow;product;value\n2023;RUS;CHN;M;0101;1.234\n' | trade-load --decimal , | cut -d, -f6
printf 'period;reporter;partner;flow;product;value\n2023;RUS;CHN;M;0101;1.234\n' | trade-load --decimal . | cut -d, -f6
printf 'period,reporter,partner,flow,product,value\n2023,RUS,CHN,M,0101,"1,234,567.5"\n' | trade-load --decimal . | cut -d, -f6
printf 'period;reporter;partner;flow;product;value\n2023;RUS;CHN;M;0101;12,5\n2023;RUS;CHN;M;0101;12.5\n' | trade-load
