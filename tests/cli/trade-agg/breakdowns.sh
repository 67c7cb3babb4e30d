# Comtrade's rows by mode of transport, customs procedure and second
# partner are breakdowns of the total row beside them (motCode 0,
# customsCode C00, partner2Code 0): a sum leaves them out, saying so, and
# gives 1,000, not 2,050.  A breakdown without its total in the file is
# what the file has, and adds.  The same for Eurostat's STAT_PROCEDURE.
h=period,reporterCode,partnerCode,partner2Code,flowCode,classificationCode,cmdCode,customsCode,motCode,primaryValue
printf '%s\n' $h \
    2023,51,643,0,X,H6,8703,C00,0,1000 \
    2023,51,643,0,X,H6,8703,C00,2100,600 \
    2023,51,643,0,X,H6,8703,C00,3200,400 \
    2023,51,643,268,X,H6,8703,C00,0,50 \
    2023,51,268,0,X,H6,8703,C00,3200,70 > $T/bd.csv
cd $T && trade-agg --by reporter,partner bd.csv
trade-agg -q --by reporter bd.csv
printf 'REPORTER,PARTNER,PRODUCT,FLOW,STAT_PROCEDURE,PERIOD,VALUE_IN_EUR\n"Germany","Kyrgyzstan","Total","EXPORT","Total","Aug. 2024",1000\n"Germany","Kyrgyzstan","Total","EXPORT","Inward processing","Aug. 2024",300\n"Germany","Kyrgyzstan","Total","EXPORT","Normal","Aug. 2024",700\n' > es.csv
trade-agg --by reporter,partner es.csv
