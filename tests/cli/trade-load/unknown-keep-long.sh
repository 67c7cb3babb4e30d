# --unknown keep passes a code through as it is, or refuses it with the
# limit: a cut code would be another country
printf 'period,reporter,partner,flow,product,value\n2023,ARM,Autonomous Region of Nowhere In Particular,X,TOTAL,5\n' |
    trade-load --unknown keep
