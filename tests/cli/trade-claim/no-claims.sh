# No claims file: a usage error.
trade-claim
