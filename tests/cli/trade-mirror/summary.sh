# The summary on stderr: pairs matched and one-sided, and the total gap
# over pairs of countries (never adding EU27 to its member states).
printf 'period,reporter,partner,flow,product,value,currency\n2023,DEU,KGZ,X,TOTAL,100,EUR\n2023,EU27,KGZ,X,TOTAL,300,EUR\n2023,KGZ,DEU,M,TOTAL,80,EUR\n2023,KGZ,EU27,M,TOTAL,200,EUR\n2023,KGZ,CHN,M,TOTAL,50,EUR\n2023,FRA,KGZ,X,TOTAL,7,EUR\n' > $T/s.csv
trade-mirror $T/s.csv | cut -d, -f1-12
