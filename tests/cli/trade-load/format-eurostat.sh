# Comext's relational view: names, "Jan. 2019", CRLF; the EU27 row is the
# sum of its member states (22703214 EUR), beside the other aggregates
trade-load tests/data/formats/eurostat.csv && trade-load tests/data/formats/eurostat.csv | awk -F, '$2 ~ /^[A-Z][A-Z][A-Z]$/ && $2 != "GBR" { s += $6 } END { print "member states", s }'
