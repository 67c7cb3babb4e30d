# A value beyond the roll-up's decimal fixed point (so a unit value beyond
# a double) is an error naming the row, never inf.
printf 'period,reporter,partner,flow,product,value,quantity,unit\n2023,ARM,RUS,X,870323,1.5e300,2.5e-10,t\n' | trade-uv
