# a Comtrade period read from refYear and refMonth: a month that is not
# 1 to 12 (nor 52, the API's year) is an error, not an annual row
printf 'refYear,refMonth,period,reporterCode,partnerCode,flowCode,cmdCode,primaryValue\n2023,4,,156,643,M,TOTAL,2.385\n2023,52,,156,643,M,TOTAL,2.385\n2023,,,156,643,M,TOTAL,2.385\n2023,4x,,156,643,M,TOTAL,2.385\n' | trade-load; printf 'refYear,refMonth,period,reporterCode,partnerCode,flowCode,cmdCode,primaryValue\n2023,13,,156,643,M,TOTAL,2.385\n' | trade-load
