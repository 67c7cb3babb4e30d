# every condition must hold: --product and --products together keep a
# code only when it is in both (848620 is on the CHPL list, 903141 is
# not, so --product 903141 --products chpl.csv keeps nothing and says
# why); each alone keeps its own codes
f=tests/data/contract/ru-8542.csv
trade-filter --product 903141,848620 --products data/lists/chpl.csv $f | cut -d, -f1-6
trade-filter --product 903141 --products data/lists/chpl.csv $f; echo "exit $?"
trade-filter --product 903141 $f | tail -n +2 | wc -l
trade-filter --products data/lists/chpl.csv $f | cut -d, -f5 | sort | uniq -c
