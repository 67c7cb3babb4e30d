# The key is never an option's value.
trade-fetch --key secret --period 2023
