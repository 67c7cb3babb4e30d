# needs: shared
trade-load ../shared/data/comtrade-api-json/comtrade_v1_get_C_A_HS_CHN_2010.json
