# trade-rca's roll-up read on two threads (blocks of 4 KB after a first
# chunk of 4 KB) gives what one pass gives, byte for byte: the table,
# its messages and exit status, and the error of a bad value on line
# 30,000 (the same message, its line included).
. tests/tools/threads.sh
gen_rows 11 0 40000 > $T/gen.csv
same trade-rca $T/gen.csv
same trade-rca --hs-level 4 $T/gen.csv
sed '30000s/,USD,/,US1,/' $T/gen.csv > $T/bad.csv
same trade-rca $T/bad.csv
