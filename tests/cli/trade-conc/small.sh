# Two partners of equal size: HHI 0.5, normalised 0; one partner: HHI 1,
# normalised empty; the world row and the reporter itself are not members.
printf 'period,reporter,partner,flow,product,value\n2023,AAA,CHN,M,TOTAL,5\n2023,AAA,DEU,M,TOTAL,5\n2023,AAA,WLD,M,TOTAL,12\n2024,AAA,CHN,M,TOTAL,5\n2024,AAA,AAA,M,TOTAL,3\n' | sed 's/AAA/ARM/g' | trade-conc | cut -d, -f1,6,11-19
