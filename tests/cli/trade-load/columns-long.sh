# a file of no known format, one row per month: its columns mapped to
# the roles, the rest given as constants, names through the country table
printf 'date,country,export\n2023-01-15,Russia,1200.5\n2023-02,Kazakhstan,300\n2023-02,Türkiye,12\n' | trade-load --columns period=date,partner=country,value=export --set reporter=KGZ,flow=X,product=TOTAL --currency EUR
