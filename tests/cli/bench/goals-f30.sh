# f's extra size (BENCH_F_ROWS, 30 M when the disk allows) has lines of its
# own: here the run's 10 M rows taken as that size, the goals at 1 M.
awk -f bench/goals.awk -v small=1000000 -v big=1000000 -v fbig=10000000 tests/cli/bench/results.tsv | grep -e '^| f at' -e 'goals measured'
