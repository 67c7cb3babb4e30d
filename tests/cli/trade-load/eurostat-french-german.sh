# Comext downloads with French or German labels
trade-load tests/data/formats/eurostat-fr.csv tests/data/formats/eurostat-de.csv | cut -d, -f1-6
