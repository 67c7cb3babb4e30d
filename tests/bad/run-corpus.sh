#!/bin/sh
# run-corpus.sh PROG [ARGS...] - feed every bad-input case of tests/bad/corpus
# (and two large ones made here: a 10 MB field, a line of a million commas)
# to PROG, and print per case its exit status and the first line of its
# message.  Output is written with -o to a file ($OUT, default out.csv)
# that must not appear on an error.
# The cases are run from the corpus folder so that messages name the file.
corpus=$(dirname "$0")/corpus
scratch=${T:-/tmp}
prog=$1
shift
cp "$corpus"/*.csv "$scratch"/
{
	printf 'period,reporter,partner,flow,product,value\n2023,RUS,CHN,M,TOTAL,'
	head -c 10485760 /dev/zero | tr '\0' '7'
	printf '\n'
} > "$scratch/10mb-field.csv"
{
	printf 'period,reporter,partner,flow,product,value\n'
	head -c 1000000 /dev/zero | tr '\0' ','
	printf '\n'
} > "$scratch/million-commas.csv"
out=${OUT:-out.csv}
cd "$scratch" || exit 1
for f in *.csv; do
	[ "$f" = "$out" ] && continue
	rm -f "$out"
	"$prog" "$@" -o "$out" "$f" 2> err.txt
	rc=$?
	msg=$(head -1 err.txt | cut -c1-240)
	left=
	[ -e "$out" ] && [ $rc -ne 0 ] && left=" (and a partial $out)"
	echo "${f%.csv}: exit $rc${left}: $msg"
done
