# The commands to profile: one per task with a goal not met, in the order
# of the tasks.
awk -f bench/goals.awk -v small=1000000 -v big=10000000 -v list=1 tests/cli/bench/results.tsv
