# Summed by the key columns asked, as trade-agg sums them: the partners
# summed away (the world row left out) mix items and kilograms, so the
# 870323 sum has no unit value; summed by unit alone it has one.
trade-uv --by period,reporter,flow,product tests/data/uv-trade.csv
grep -v ',kg,' tests/data/uv-trade.csv | trade-uv --by period,reporter,flow,product -q
