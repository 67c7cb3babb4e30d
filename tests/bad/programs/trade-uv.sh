# Every bad-input case of tests/bad/corpus through trade-uv: one clear message
# (file, line, column, value, what is wrong) and exit 1; header only is
# valid (exit 0); nothing is left at -o on an error.
sh tests/bad/run-corpus.sh trade-uv
