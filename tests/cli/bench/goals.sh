# The goals of the run committed in bench/RESULTS.md on 2026-12-02 (1 M and
# 10 M rows; results.tsv: its table, RSS from its MB, and the rows of
# tradestat's output counted on the same generated files): b, b-baci, c,
# e, f and g short of 2x; c and e above a quarter of DuckDB's memory; c's
# memory growing 1.72x while its output does not; a's, e's and f's
# output growing (not judged); d judged though its output grows.
awk -f bench/goals.awk -v small=1000000 -v big=10000000 tests/cli/bench/results.tsv
