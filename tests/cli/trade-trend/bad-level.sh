# A confidence level of 1 has no interval: a usage error.
trade-trend --level 1 /dev/null
