trade
