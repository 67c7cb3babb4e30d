# TRADESTAT_COMTRADE_URL sets the address as --api-url does.
. tests/tools/fakeapi.sh
fake_start
TRADESTAT_COMTRADE_URL=$API trade-fetch -q -r CHN -p DEU -F X --period 2010 | today
cut -d' ' -f3 "$LOG" | cut -d? -f1
