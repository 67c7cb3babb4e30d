# needs: shared
# Russia's imports from China, which Russia no longer reports, from the
# partner's side by default (CEPII BACI's rows of China's exports,
# summed with awk on the raw file, v in thousands of USD): HS 8542
# 216395.867 in 2021, 179849.693 in 2022, 178234.649 in 2023, so growth
# in 2022 -0.168886 and yoy in 2023 -0.008980; machine tools 845710,
# 845811, 845891 in 2023: 742548.965.  The world as partner: the sum
# of the partners that report (China alone in this file).
cat > $T/c.csv <<'CSV'
id,claim,metric,reporter,partner,flow,product,period,expected,tolerance,source
rus-chips-2022,x,value,RUS,CHN,M,8542,2022,179849693,0.5%,x
rus-chips-growth-2022,x,growth,RUS,CHN,M,8542,2022,-0.169,0.1pp,x
rus-chips-yoy-2023,x,yoy,RUS,CHN,M,8542,2023,-0.009,0.1pp,x
rus-cnc-2023,x,value,RUS,CHN,M,"845710,845811,845891",2023,742548965,0.5%,x
rus-chips-world-2023,x,value,RUS,WLD,M,8542,2023,178234649,0.5%,x
CSV
trade-claim $T/c.csv ../shared/data/baci-china-russia/baci_russia_china_processed_2017_2023.csv | cut -d, -f1-9,11-
