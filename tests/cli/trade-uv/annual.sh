# Monthly rows rolled up to years: the months travel (months, month_mask);
# (1234.5 + 2469.25) / (10 + 20.5) = 121.434 per kg.
printf 'period,reporter,partner,flow,product,value,quantity,unit\n2023-01,ARM,RUS,X,870323,1234.5,10,kg\n2023-03,ARM,RUS,X,870323,2469.25,20.5,kg\n' | trade-uv --annual
