# A workbook is a zip of XML parts: read from its name, or from standard
# input that is the file, it is a workbook (not an archive of data
# files); through a pipe it is refused with the way out, never unpacked
# as data.
trade-load tests/data/formats/eurostat-cn8.xlsx | sed -n 2p
trade-load < tests/data/formats/eurostat-cn8.xlsx | sed -n 2p
cat tests/data/formats/eurostat-cn8.xlsx | trade-load
echo "exit $?"
