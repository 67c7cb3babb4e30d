# A run at one size without DuckDB and Polars: the goals that need them,
# or two sizes, are not measured (never met); stdin, b-baci and claims
# still are; f at 30 M is said only when it ran.
grep -v -e '	duckdb	' -e '	polars	' tests/cli/bench/results.tsv |
    awk -F'\t' '$1 == 10000000 || $2 == "claims"' |
    awk -f bench/goals.awk -v small=1000000 -v big=10000000 -v fbig=30000000
