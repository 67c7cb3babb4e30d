# BACI's product codes on the fast row (six digits in one word) and off
# it: each code in a file of 400 rows read in 4 KB blocks on two threads,
# where the blocks' rows take the fast row, and in one pass; the two must
# agree, and a code that is not six digits keeps the mapper's reading or
# its message.
for k in 851990 010121 10121 8542 85423100 '85421 ' ' 85421' 8542a1 \
    85421/ 85421: /54210 :54210 85.421 TOTAL 000000 999999; do
	{
		echo t,i,j,k,v,q
		i=0
		while [ $i -lt 400 ]; do
			echo "2022,156,643,$k,1.$i,2.5"
			i=$((i + 1))
		done
	} > $T/b.csv
	trade-load -q --read-with=threads=1 $T/b.csv > $T/one.out 2> $T/one.err
	s1=$?
	trade-load -q --read-with=threads=2,block=4096 $T/b.csv > $T/two.out \
	    2> $T/two.err
	s2=$?
	if cmp -s $T/one.out $T/two.out && cmp -s $T/one.err $T/two.err &&
	    [ $s1 = $s2 ]; then same=same; else same=DIFFERENT; fi
	echo "'$k': status $s1, $same, $(sed -n 2p $T/one.out | cut -d, -f5)" \
	    "$(sed 's/.*: column/column/' $T/one.err)"
done
