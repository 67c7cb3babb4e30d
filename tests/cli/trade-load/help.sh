trade-load --help
