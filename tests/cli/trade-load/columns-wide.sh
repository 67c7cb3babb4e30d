# a national customs table (shaped like Armstat's, figures made up for
# the test): one row per partner, one column per year, thousands of USD,
# the reporter, flow and product left out; an empty cell is missing
trade-load --columns partner=Country --set reporter=ARM,flow=X,product=TOTAL --scale 1000 --wide --source Armstat tests/data/formats/armstat-like.csv
