# a zip's data members are read in order, each with its own header; its
# read-me and BACI's side tables are not data
cp tests/data/formats/baci.csv $T/BACI_HS17_Y2022_V202501.csv
sed 's/^2023,/2022,/' tests/data/formats/baci.csv > $T/BACI_HS17_Y2021_V202501.csv
cp tests/data/formats/baci-country-codes.csv $T/country_codes_V202501.csv
echo "BACI read-me" > $T/Readme.txt
cd $T && zip -q BACI.zip BACI_HS17_Y2021_V202501.csv \
    BACI_HS17_Y2022_V202501.csv country_codes_V202501.csv Readme.txt
trade-load BACI.zip | trade-agg --by period
cat BACI.zip | trade-load | trade-agg --by period
