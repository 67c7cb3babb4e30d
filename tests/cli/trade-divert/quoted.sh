# A quoted field with a comma stays one field.
printf 'period,reporter,partner,flow,product,value,currency,source\n2021,DEU,RUS,X,8542,100,EUR,"Eurostat, Comext"\n2022,DEU,RUS,X,8542,20,EUR,"Eurostat, Comext"\n2022,DEU,ARM,X,8542,8,EUR,"Eurostat, Comext"\n' |
    trade-divert --origin DEU --target RUS --hubs ARM --break 2022
