# --break wants a period (YYYY or YYYY-MM): a usage error (exit 2),
# nothing read.
trade-trend --break 2021-13 /dev/null
