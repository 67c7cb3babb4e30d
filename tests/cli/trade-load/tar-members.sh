# a tar archive, gzipped or not, from a file or standard input, is read
# member by member like a zip (its directories and read-me are not data),
# and an error names the archive, the member and the line
mkdir -p $T/y/docs
cp tests/data/formats/comtrade.csv $T/y/a_2021.csv
cp tests/data/formats/comtrade.csv $T/y/b_2022.csv
sed '3s/,M,,643,/,Q,,643,/' tests/data/formats/comtrade.csv > $T/y/c_2023.csv
echo "read-me" > $T/y/Readme.txt
cd $T/y
tar cf ../good.tar docs a_2021.csv Readme.txt b_2022.csv
tar czf ../bad.tar.gz a_2021.csv c_2023.csv
cd ..
trade-load y/a_2021.csv > plain.out
trade-load good.tar > tar.out; echo "exit $?"
tail -n +2 plain.out | cat plain.out - | cmp - tar.out && echo "tar: the rows of both members"
cat good.tar | trade-load | cmp - tar.out && echo "stdin: same rows"
gzip -c good.tar > good.tgz
trade-load good.tgz | cmp - tar.out && echo "tar.gz: same rows"
trade-load bad.tar.gz | tail -1
trade-load --read-with=threads=2,block=64,chunk=64 bad.tar.gz | tail -1
