# A series too short for a trend gets empty cells and one warning naming
# it; a zero cannot enter the log-linear fit and is reported; a gap is a
# gap (the CAGR counts years from the periods, not the points: 100 -> 400
# over 2018-2022 is 41.42% a year).  The zero stays in the linear slope:
# t 2018 2019 2022, v 100 0 400: Sxx 26/3, Sxy 2300/3, slope 88.4615;
# two points get no least-squares slope either (3 needed, as the trend).
printf 'period,reporter,partner,flow,product,value\n2018,ARM,GEO,X,TOTAL,100\n2019,ARM,GEO,X,TOTAL,0\n2022,ARM,GEO,X,TOTAL,400\n2023,ARM,TUR,X,TOTAL,5\n2024,ARM,TUR,X,TOTAL,6\n' | trade-trend | cut -d, -f2,11-17,22
