# "1,000" is a thousand with a separator (or 1 with a decimal comma): the
# advice must keep the value, not turn it into 1
printf 'period,reporter,partner,flow,product,value\n2023,RUS,CHN,M,TOTAL,"1,000"\n' | trade-load
