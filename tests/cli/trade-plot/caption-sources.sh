# The source line names each source once: a mirror's or a roll-up's cells
# join several with "; " ("IMF IMTS; UN Comtrade"), and a source in two
# cells is not repeated; a ";" without a space (in an address) does not
# split.
printf 'period,reporter,partner,flow,product,value,currency,source\n2022,RUS,CHN,M,TOTAL,10,USD,IMF IMTS\n2023,RUS,CHN,M,TOTAL,12,USD,IMF IMTS; UN Comtrade\n2024,RUS,CHN,M,TOTAL,13,USD,UN Comtrade; GACC\n2024,RUS,KAZ,M,TOTAL,3,USD,https://stat.example/t;id=7\n' > $T/in.csv
trade-plot line --script -o $T/c.png $T/in.csv | grep -o "'Source: [^']*'"
