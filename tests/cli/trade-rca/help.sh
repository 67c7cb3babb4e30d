trade-rca --help
