printf 'period;reporter;partner;flow;product;value\n2023;RUS;CHN;M;TOTAL;12,5\n' | trade-load
