trade-fx --help
