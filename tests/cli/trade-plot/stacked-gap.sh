# Shares of a stated total that the rows do not fill (trade-share --total
# world over the partners in the file: 55% and 70% of the world row) are
# drawn as they are, and a line under the chart says the rest is in no
# row; shares that fill their total (the default --total sum) say nothing.
printf 'period,reporter,partner,flow,product,value\n2022,RUS,WLD,M,TOTAL,100\n2022,RUS,CHN,M,TOTAL,40\n2022,RUS,KAZ,M,TOTAL,10\n2022,RUS,TUR,M,TOTAL,5\n2023,RUS,WLD,M,TOTAL,100\n2023,RUS,CHN,M,TOTAL,60\n2023,RUS,KAZ,M,TOTAL,10\n' > $T/in.csv
trade-share --total world $T/in.csv | trade-plot stacked --script -o $T/c.png | grep "label 103"
trade-share $T/in.csv | trade-plot stacked --script -o $T/c.png | grep -c "label 103"
trade-share --total world --percent $T/in.csv | trade-plot stacked --script -o $T/c.png | grep -o "'The rows drawn add up to [^ ]*"
