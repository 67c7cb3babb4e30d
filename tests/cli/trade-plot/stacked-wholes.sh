# needs: shared
# The README's fifth example: trade-share of Russia's trade gives shares
# of imports and of exports; stacked, they add up to 200% a year and
# China is 69% in 2023.  trade-plot refuses them and names the cause; one
# flow draws China at 45% of Russia's imports in 2023.
ru=../shared/data/imf-imts-russia/RU_trade.csv
trade-share $ru | trade-plot stacked --script > /dev/null
echo "rc $?"
trade-filter --flow M $ru | trade-share | trade-plot stacked --script | awk '/^"period"/ { print } /^"2023"/ { print $1, $2 }'
# the five largest each year and other: every one of them in the legend,
# and other says what it holds
trade-filter --flow M $ru | trade-share --top 5 | trade-plot stacked --script | grep '^"period"'
