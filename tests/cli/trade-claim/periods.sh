# growth is the change on the period before of the same length, yoy on
# the same period a year earlier, whatever the spelling of the period.
# ARM's exports to GEO: 2022-04 80; 2022-10..12 30+30+40 = 100; 2023-01..04
# 10, 20, 50, 100.  growth 2023-04 = 100/50 - 1 = +100% (also for "Apr
# 2023", which was taken as year-on-year); yoy 2023-04 = 100/80 - 1 =
# +25%; 2023M01..2023M03 and "Jan 2023..Mar 2023" are 10+20+50 = 80 (they
# counted January only); growth of 2023-01..03 on 2022-10..12: 80/100 - 1
# = -20%; yoy of 2023-01..03: no rows in 2022-01..03, and the note says so.
{ echo period,reporter,partner,flow,product,value,currency
  for pv in 2022-04:80 2022-10:30 2022-11:30 2022-12:40 2023-01:10 \
      2023-02:20 2023-03:50 2023-04:100; do
	echo "${pv%:*},ARM,GEO,X,TOTAL,${pv#*:},USD"
  done; } > $T/d.csv
printf 'id,claim,metric,reporter,partner,flow,product,period,expected,tolerance,source
g-month,x,growth,ARM,GEO,X,TOTAL,2023-04,1,0.1pp,x
g-spelled,x,growth,ARM,GEO,X,TOTAL,Apr 2023,1,0.1pp,x
yoy-month,x,yoy,ARM,GEO,X,TOTAL,2023-04,0.25,0.1pp,x
q-2023M,x,value,ARM,GEO,X,TOTAL,2023M01..2023M03,80,0,x
q-spelled,x,value,ARM,GEO,X,TOTAL,Jan 2023..Mar 2023,80,0,x
g-quarter,x,growth,ARM,GEO,X,TOTAL,2023-01..2023-03,-0.2,0.1pp,x
yoy-quarter,x,yoy,ARM,GEO,X,TOTAL,2023-01..2023-03,0.1,0.1pp,x
' > $T/c.csv
trade-claim $T/c.csv $T/d.csv | cut -d, -f1-9,11-
