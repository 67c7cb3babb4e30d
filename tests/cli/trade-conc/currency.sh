# Partners' values in USD, EUR and RUB are no shares of one total: the
# group is refused, naming the currencies and the way out.  One
# currency (EUR) is measured and labelled so.
printf 'period,reporter,partner,flow,product,value,currency\n2023,ARM,CHN,M,TOTAL,5,USD\n2023,ARM,DEU,M,TOTAL,5,EUR\n2023,ARM,KAZ,M,TOTAL,500,RUB\n' | trade-conc; echo "exit $?"
printf 'period,reporter,partner,flow,product,value,currency\n2023,ARM,CHN,M,TOTAL,5,EUR\n2023,ARM,DEU,M,TOTAL,5,EUR\n' | trade-conc | cut -d, -f1,6,9,11,12
