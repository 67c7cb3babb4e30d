printf 'period\treporter\tpartner\tflow\tproduct\tvalue\n2023\tRUS\tCHN\tM\t0101\t7\n' | trade-load
