# A header and no rows: no period after the break.
printf 'period,reporter,partner,flow,product,value\n' |
    trade-divert --origin EU27 --target RUS --hubs ARM --break 2022
