# China's 2023 year-to-date figures (data/published) as months: June is
# January-June less January-May (114.547 - 93.8 = 20.747 bn both ways); a
# missing month (April, July) breaks the chain and is reported.
trade-trend --ytd --each data/published/gacc_china_russia_ytd.csv | cut -d, -f1-6
