# trade-claim read on two threads (blocks of 4 KB after a first chunk of
# 4 KB, each thread's rows into an evidence set of its own, the sets
# merged) gives what one pass gives, byte for byte: every claim's
# figure, note, rows and sources (in the order of the input), the note
# of a repeated header, and the error of a bad value or of a 65th
# source with its line.  Two files of 20,000 rows in which every claim's
# rows are in many blocks, the countries and the nine sources met in
# another order in each; some rows monthly, some in EUR, some with
# quantities.
. tests/tools/threads.sh
mix() {
	awk -F, -v OFS=, -v s="$1" 'NR == 1 || $1 == "period" { print; next }
	{
		if (NR % 3 == 0)
			$1 = $1 "-" sprintf("%02d", NR % 12 + 1)
		if ($2 == "KGZ" && NR % 4 == 0)
			$9 = "EUR"
		if ($2 == "DEU") {
			$7 = NR % 50 ".5"
			$8 = "kg"
		}
		$10 = "s" (NR * 7919 + s) % 9
		print
	}'
}
gen_rows 21 0 20000 | mix 1 > $T/a.csv
gen_rows 22 0 20000 7000 | mix 2 > $T/b.csv
cat > $T/c.csv <<'CSV'
id,claim,metric,reporter,partner,flow,product,period,expected,tolerance,source
v,x,value,CHN,RUS,X,01,2019,1e6,5%,x
vm,x,value,CHN,RUS,X,02,2020-01..2020-06,1e6,5%,x
t,x,total_trade,USA,CHN,both,03,2016..2018,1e7,5%,x
s,x,share,RUS,CHN,M,04,2021,0.2,2pp,x
sw,x,share,KAZ,USA,X,TOTAL,2021,0.2,2pp,x
k,x,rank,DEU,FRA,X,05,2017,1,0,x
g,x,growth,KAZ,ARM,M,06,2020,0.1,2pp,x
y,x,yoy,ARM,KGZ,X,07,2022-05,0.1,2pp,x
rec,x,record,FRA,DEU,M,01,2022,1,0,x
q,x,quantity,DEU,USA,X,02,2018,1000,5%,x
e,x,value,KGZ,CHN,M,03,2019,1e6,5%,x
w,x,value,ARM,WLD,X,04,2018,1e6,5%,x
CSV
same trade-claim $T/c.csv $T/a.csv $T/b.csv
echo "verdicts:" $(cut -d, -f2 $T/one.out | sort | uniq -c)
same trade-claim --mirror $T/c.csv $T/a.csv $T/b.csv
sed '15000s/,USD,/,US1,/' $T/b.csv > $T/bad.csv
same trade-claim $T/c.csv $T/a.csv $T/bad.csv
awk -F, -v OFS=, 'NR > 1 { $10 = "t" NR % 70 } 1' $T/a.csv > $T/many.csv
same trade-claim $T/c.csv $T/many.csv
