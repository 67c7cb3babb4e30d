# A bad --top or --total is a usage error (exit 2), saying what it wants.
echo "$ trade-share --top 0"
trade-share --top 0 /dev/null 2>&1; echo "exit $?"
echo "$ trade-share --total all"
trade-share --total all /dev/null 2>&1; echo "exit $?"
