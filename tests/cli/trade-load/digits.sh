# A value or quantity of more significant digits than a double keeps
# (16 to 36) is written with all its digits, as the file has them, by the
# programs that pass rows on (trade-load, trade-filter); one of 15 digits
# or fewer as always (BACI's thousands multiplied out).
{ echo t,i,j,k,v,q
  echo 2023,51,643,870323,12345678901234567.891,0.100000000000000001
  echo 2023,51,268,870323,1234.5,2.25
  echo 2023,51,268,870324,0.000123456789012345678,1
} > $T/b.csv
trade-load $T/b.csv > $T/c.csv
cut -d, -f1-7 $T/c.csv
trade-filter --partner RUS $T/c.csv | cut -d, -f1-7
# a currency conversion writes the converted double, 15 digits
printf 'period,reporter,partner,flow,product,value,currency\n2023,ARM,RUS,X,8703,12345678901234567891,EUR\n' > $T/e.csv
printf 'period,currency,per_usd\n2023,EUR,0.5\n' > $T/r.csv
trade-fx --rates $T/r.csv --to USD $T/e.csv | cut -d, -f1-7
