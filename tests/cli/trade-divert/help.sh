trade-divert --help
