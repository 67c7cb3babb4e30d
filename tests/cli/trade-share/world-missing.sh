# --total world on a group without a world row names the group.
printf 'period,reporter,partner,flow,product,value\n2023,RUS,CHN,M,TOTAL,5\n2023,RUS,DEU,M,TOTAL,5\n' | trade-share --total world
