trade --help
