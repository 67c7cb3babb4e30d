# The bad-input cases of tests/bad/corpus through trade-xlsx, which reads
# any CSV table: malformed CSV is an error (exit 1) and leaves no workbook;
# content (numbers, codes) is not its business.
OUT=out.xlsx sh tests/bad/run-corpus.sh trade-xlsx
