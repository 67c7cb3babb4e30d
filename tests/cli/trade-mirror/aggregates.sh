# Aggregates pair only with aggregates: the EU27's exports to Kyrgyzstan
# never meet Kyrgyzstan's imports from Germany (two one-sided rows), while
# the EU27 as Eurostat names it pairs with the EU27 as the national file
# names it.
printf 'period,reporter,partner,flow,product,value,currency\n2023,EU27,KGZ,X,TOTAL,300,EUR\n2023,KGZ,DEU,M,TOTAL,80,EUR\n2022,EU27,KGZ,X,TOTAL,120,EUR\n2022,KGZ,European Union - 27 countries (from 2020),M,TOTAL,100,EUR\n' | trade-mirror | cut -d, -f1-12
