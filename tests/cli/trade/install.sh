# make install (DESTDIR, PREFIX): the programs, the man pages and the data
# lists; an installed trade-claim finds @chpl in share/tradestat/lists.
env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL make -s install DESTDIR=$T/root PREFIX=/opt/ts >/dev/null
cd $T/root/opt/ts
find . -type f | sort | sed 's|^\./||' | awk -F/ '{ n[$1 "/" ($1 == "share" ? $2 "/" $3 : "")]++ } END { for (k in n) print k, n[k] }' | sort
printf 'id,claim,metric,reporter,partner,flow,product,period,expected,tolerance,source\nc,x,value,ARM,GEO,M,@chpl:1,2023,40,0,x\n' > $T/c.csv
bin/trade-claim $T/c.csv "$OLDPWD/tests/data/claims-data.csv" | cut -d, -f1-4
