printf 't,i,j,k,v,q\n2023,410,36,10121,1.5,NA\n2023,410,842,101,2,0.5\n' | trade-load
