# The partners' side of a reporter that does not publish (RUS has no
# rows): the share of China in Russia's imports of 8542 is computed from
# the exports the partners report, and the note says which partners
# report and how much of the total they are; by default, since RUS has
# no rows at all.  With China's side only, the share has no
# denominator: insufficient, but the row shows the numerator.
printf 'period,reporter,partner,flow,product,value,source\n2023,CHN,RUS,X,8542,180.5,test\n2023,KAZ,RUS,X,8542,12.25,test\n2023,DEU,RUS,X,8542,7.25,test\n2023,RUS,WLD,M,8542,250,IMF\n' > $T/p.csv
printf 'period,reporter,partner,flow,product,value,source\n2023,CHN,RUS,X,8542,180.5,test\n' > $T/one.csv
printf 'id,claim,metric,reporter,partner,flow,product,period,expected,tolerance,source\nsh,x,share,RUS,CHN,M,8542,2023,0.9,5pp,x\n' > $T/c.csv
cd $T
trade-claim c.csv p.csv | cut -d, -f1-9,11-
grep -v WLD p.csv > p2.csv
trade-claim c.csv p2.csv | cut -d, -f1-9,11-
trade-claim --mirror c.csv one.csv | cut -d, -f1-9,11-
