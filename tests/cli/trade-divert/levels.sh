# With --hs-level 4 a heading's row and its subheadings' would be summed
# twice: refused.
printf 'period,reporter,partner,flow,product,value\n2021,DEU,RUS,X,8542,100\n2021,DEU,RUS,X,854231,60\n2022,DEU,RUS,X,854231,30\n' |
    trade-divert --origin DEU --target RUS --hubs ARM --hs-level 4 --break 2022
