# month_mask is twelve letters, '-' where a month is absent: June to
# August is .....JJA...., not the hex 0e0 a spreadsheet reads as 0.  A
# roll-up read back takes the letters and the older hex alike (0e0 and
# ........SOND: June to December, 7 months); a mask that is neither is
# refused; trade-plot says the months of either form.
printf 'period,reporter,partner,flow,product,value,currency\n2023-06,ARM,RUS,X,TOTAL,1.25,USD\n2023-07,ARM,RUS,X,TOTAL,2.5,USD\n2023-08,ARM,RUS,X,TOTAL,4.75,USD\n' | trade-agg --annual
printf 'period,reporter,partner,flow,product,value,currency,rows,months,month_mask\n2023,ARM,RUS,X,TOTAL,8.5,USD,3,3,0e0\n2023,ARM,GEO,X,TOTAL,3.25,USD,4,4,........SOND\n' | trade-agg --annual --by period,reporter
printf 'period,reporter,partner,flow,product,value,currency,rows,months,month_mask\n2023,ARM,RUS,X,TOTAL,8.5,USD,3,3,-----JJA---\n' | trade-agg
echo "exit $?"
printf 'period,reporter,partner,flow,product,value,currency,rows,months,month_mask\n2023,ARM,RUS,X,TOTAL,8.5,USD,3,3,-----JJA-N--\n' | trade-agg
echo "exit $?"
printf 'period,reporter,partner,flow,product,value,currency,rows,months,month_mask\n2022,ARM,RUS,X,8703,236844254,USD,51,12,JFMAMJJASOND\n2023,ARM,RUS,X,8703,354040085,USD,53,10,JFMAMJJASO..\n2024,ARM,RUS,X,8703,96110437,USD,12,3,0e0\n' | trade-plot line --script | grep '^set label 102'
