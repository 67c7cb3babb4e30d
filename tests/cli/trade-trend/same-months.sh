# Annual rows with their months (trade-agg --annual output): two partial
# years of the same months compare with each other (Jan-Jun 2023 100,
# Jan-Jun 2024 110: +10%); a partial year after a full one, or of other
# months, has no change (the monthly rows would be needed), and a full
# year after a partial one neither; partial years are no trend points.
printf 'period,reporter,partner,flow,product,value,rows,months,month_mask\n2020,ARM,GEO,X,TOTAL,200,12,12,fff\n2021,ARM,GEO,X,TOTAL,220,12,12,fff\n2022,ARM,GEO,X,TOTAL,242,12,12,fff\n2023,ARM,GEO,X,TOTAL,100,6,6,03f\n2024,ARM,GEO,X,TOTAL,110,6,6,03f\n2025,ARM,GEO,X,TOTAL,30,3,3,e00\n' > $T/a.csv
trade-trend --each < $T/a.csv | cut -d, -f1,6,11-
trade-trend < $T/a.csv | cut -d, -f6,11-16
