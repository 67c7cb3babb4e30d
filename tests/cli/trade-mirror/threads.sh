# trade-mirror's roll-up of each side read on two threads (blocks of
# 4 KB after a first chunk of 4 KB) gives what one pass gives, byte for
# byte: the table, its summary and exit status, with a CIF/FOB factor
# too, and the error of a bad value on line 30,000 (the same message,
# its line included).
. tests/tools/threads.sh
gen_rows 11 0 40000 > $T/gen.csv
same trade-mirror $T/gen.csv
same trade-mirror --annual --cif-fob 1.06 $T/gen.csv
sed '30000s/,USD,/,US1,/' $T/gen.csv > $T/bad.csv
same trade-mirror --annual $T/bad.csv
