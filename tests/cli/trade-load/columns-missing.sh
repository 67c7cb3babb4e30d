# a mapping that leaves a role without a column or a constant: the error
# says which, and how to give it
printf 'date,country,export\n2023-01,Russia,1\n' | trade-load --columns period=date,partner=country,value=export --set flow=X,product=TOTAL
