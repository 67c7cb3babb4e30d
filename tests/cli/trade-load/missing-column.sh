printf 'period,reporter,partner,flow,value\n2023,RUS,CHN,M,5\n' | trade-load
