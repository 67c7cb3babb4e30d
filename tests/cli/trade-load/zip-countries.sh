# a BACI zip's country_codes member maps i and j without --countries:
# BACI's 58 (Belgium-Luxembourg, BEL in BACI's V202501 file) is no M49
# number; the data member here is baci.csv with 410 renumbered 58
sed 's/^2023,410,/2023,58,/' tests/data/formats/baci.csv > $T/BACI_HS92_Y1996_V202501.csv
{ cat tests/data/formats/baci-country-codes.csv
  echo '58,Belgium-Luxembourg,"Belgium-Luxembourg (...1998)",BE,BEL'; } \
    > $T/country_codes_V202501.csv
cd $T && zip -q BACI.zip BACI_HS92_Y1996_V202501.csv country_codes_V202501.csv
trade-load BACI.zip | cut -d, -f2,3 | sort | uniq -c
cat BACI.zip | trade-load | cut -d, -f2 | sort -u | grep -c BEL
trade-load BACI_HS92_Y1996_V202501.csv | tail -1
