# Comext annual codes (201952 is "Jan.-Dec. 2019") and the partner labels
# of Comext that were unknown, or resolved to the wrong country by
# stripping "(...)": COD, HKG, GNB, ASM (not COG, CHN, GIN, WSM)
trade-load tests/data/formats/eurostat-annual.csv | cut -d, -f1-6
