printf 'a,b,c\n1,2,3\n' | trade-load
