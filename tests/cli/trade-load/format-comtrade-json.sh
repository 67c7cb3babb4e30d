# the API's JSON: refMonth 52 (a year), qty null, unit N/A; read whole,
# and forced as comtrade it is the same
trade-load tests/data/formats/comtrade.json && trade-load --format comtrade tests/data/formats/comtrade.json | tail -n +2 | cut -d, -f2,3,4,6
