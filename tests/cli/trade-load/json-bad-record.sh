# a broken record in the middle of a response is an error at its line
# and column, after the records before it
sed 's/},{/},\n{/g' tests/data/formats/comtrade.json |
    sed '2s/"refYear":2010,/"refYear":2010,,/' > $T/bad.json
cd $T && trade-load bad.json | cut -d, -f1-6
