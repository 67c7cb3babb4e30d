# A monthly --break on annual data: the break year stays in the first
# regime, and a warning says so (and what to give instead).  The test is
# the same as --break 2022: F equal in both.
printf 'period,reporter,partner,flow,product,value\n2016,ARM,GEO,X,TOTAL,10\n2017,ARM,GEO,X,TOTAL,12\n2018,ARM,GEO,X,TOTAL,13\n2019,ARM,GEO,X,TOTAL,15\n2020,ARM,GEO,X,TOTAL,16\n2021,ARM,GEO,X,TOTAL,30\n2022,ARM,GEO,X,TOTAL,50\n2023,ARM,GEO,X,TOTAL,70\n' > $T/s.csv
trade-trend --break 2021-06 $T/s.csv | cut -d, -f23-25
trade-trend --break 2022 $T/s.csv 2>/dev/null | cut -d, -f23-25
