# A header and no rows: the header, exit 0.
printf 'period,reporter,partner,flow,product,value\n' | trade-uv
