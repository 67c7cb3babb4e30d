# needs: shared
# 81 real BACI rows: v is thousands of USD; 842, 699, 757 are BACI codes
trade-load ../shared/data/baci/baci_85_only.csv > $T/b.csv && tail -n +2 $T/b.csv | wc -l && head -3 $T/b.csv && grep -E ",(USA|IND|CHE|FRA|NOR)," $T/b.csv | cut -d, -f2,3,6
