trade-fetch --help
