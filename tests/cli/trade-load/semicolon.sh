printf 'period;reporter;partner;flow;product;value\n2023;RUS;CHN;M;0101;7\n' | trade-load
