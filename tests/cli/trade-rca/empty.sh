# A header and no rows: the header, and on stderr that there were no
# export rows.
printf 'period,reporter,partner,flow,product,value\n' | trade-rca
