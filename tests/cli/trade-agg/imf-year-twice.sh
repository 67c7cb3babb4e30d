# An IMF file with a year's column twice is refused: its values would
# count twice.
h='"DATASET","SERIES_CODE","OBS_MEASURE","COUNTRY.ID","COUNTRY","INDICATOR.ID","INDICATOR","COUNTERPART_COUNTRY.ID","COUNTERPART_COUNTRY","FREQUENCY.ID","FREQUENCY","SCALE.ID","SCALE","TRADE_FLOW.ID","TRADE_FLOW"'
r='"IMF.STA:IMTS(1.0.0)","RUS.MG_CIF_USD.CHN.A","OBS_VALUE","RUS","Russian Federation","MG_CIF_USD","Imports of goods, Cost insurance freight (CIF), US dollar","CHN","China","A","Annual","6","Millions","MG","Imports of goods"'
printf '%s,"2022","2023"\n%s,"100","110"\n' "$h" "$r" > $T/ok.csv
printf '%s,"2022","2023","2023"\n%s,"100","110","110"\n' "$h" "$r" > $T/twice.csv
cd $T && trade-agg --by reporter,partner,flow ok.csv
trade-agg --by reporter,partner,flow twice.csv; echo "exit $?"
