# A task's goals not met, with their figures and targets, on one line
# (RESULTS.md's line above the task's profile); a task with none met
# gives an empty line.
for t in c g a; do
	awk -f bench/goals.awk -v small=1000000 -v big=10000000 -v about=$t tests/cli/bench/results.tsv
done
