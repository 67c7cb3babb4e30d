# a gzip file cut short is an error naming the file, not a short read,
# from a file and from standard input (the rows are made here: 200000,
# a gzip of ~0.5 MB cut at 100 kB)
awk 'BEGIN { print "t,i,j,k,v,q"; for (i = 0; i < 200000; i++)
    printf "2023,156,643,854231,%d.5,1\n", i }' | gzip > $T/whole.gz
head -c 100000 $T/whole.gz > $T/cut.gz
cd $T
trade-load cut.gz > out
echo "rc $?"
tail -1 out
trade-load < cut.gz > out
echo "rc $?"
tail -1 out
trade-load whole.gz | wc -l
