# a ';' file whose value shows a decimal comma (12,5, not three digits
# after it): its decimal mark is the comma, and 12,5 is 12.5
printf 'period;reporter;partner;flow;product;value\n2023;RUS;CHN;M;TOTAL;12,5\n' | trade-load
