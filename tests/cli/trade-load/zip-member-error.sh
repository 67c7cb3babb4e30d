# an error in a zip's member names the archive, the member and the line
cp tests/data/formats/baci.csv $T/BACI_HS17_Y2022_V202501.csv
sed '4s/^2023,/2023x,/' tests/data/formats/baci.csv > $T/BACI_HS17_Y2023_V202501.csv
cd $T && zip -q BACI.zip BACI_HS17_Y2022_V202501.csv BACI_HS17_Y2023_V202501.csv
trade-load BACI.zip | tail -1
