# a mirror step that failed before writing its table: the failure is the
# error, from a pipe or a file, not the option meant for that table
cd $T
trade-mirror missing.csv 2>/dev/null | trade-filter --exporter DEU; echo "exit $?"
trade-mirror missing.csv > m.csv 2>/dev/null; trade-filter --importer DEU m.csv; echo "exit $?"
