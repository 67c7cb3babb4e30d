# what is not UTF-8 is read as cp1252, whatever the BOM says, with one
# note (the first line, the count); UTF-8 stays; UTF-16 with a BOM (Excel
# "Unicode text", tab-separated) is converted; --encoding forces one
h='period,reporter,partner,flow,product,value,quantity,unit,currency,source'
printf '\357\273\277%s\n2023,USA,CHN,M,8542,1.5,,,USD,Cura\347ao\n' "$h" > $T/bom-latin1.csv
printf '%s\n2023,USA,CHN,M,8542,1.5,,,USD,Cura\347ao \200\n2023,USA,CHN,M,8542,2.5,,,USD,S\303\243o Tom\303\251\n' "$h" > $T/mixed.csv
printf '%s\n2023,USA,CHN,M,8542,1.5,,,USD,S\303\243o Tom\303\251\n' "$h" | tr , '\t' | iconv -f UTF-8 -t UTF-16LE > $T/le
printf '\377\376' | cat - $T/le > $T/unicode.txt
printf '%s\n2023,USA,CHN,M,8542,1.5,,,USD,\360\237\232\242 ship\n' "$h" | iconv -f UTF-8 -t UTF-16BE > $T/be
printf '\376\377' | cat - $T/be > $T/utf16be.csv
cd $T
for f in bom-latin1.csv mixed.csv unicode.txt utf16be.csv; do
	echo "== $f"; trade-load $f 2>&1; echo "exit $?"
done
echo "== --encoding utf-8"; trade-load --encoding utf-8 mixed.csv 2>&1 | tail -1
echo "== --encoding cp1252"; trade-load --encoding cp1252 mixed.csv 2>&1 | tail -1
echo "== --encoding utf-16"; trade-load --encoding utf-16 le 2>&1 | tail -1
echo "== threads"; trade-load --read-with=threads=2,block=64 mixed.csv 2>&1 | tail -2
