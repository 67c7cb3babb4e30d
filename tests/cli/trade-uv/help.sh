trade-uv --help
