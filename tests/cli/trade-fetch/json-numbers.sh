# JSON numbers become the shortest text that reads back, so a message
# quotes 8703.1, not %.17g's 8703.1000000000004.
printf '{"data": [{"period": "2023", "reporterCode": 51, "partnerCode": 643, "flowCode": "X", "cmdCode": "8703", "primaryValue": 0.1, "qty": 2.3, "qtyUnitAbbr": "kg"}, {"period": "2023", "reporterCode": 51, "partnerCode": 643, "flowCode": "X", "cmdCode": 8703.1, "primaryValue": 0.3}]}\n' | trade-load
echo "exit $?"
