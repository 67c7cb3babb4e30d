printf 'period,reporter,partner,flow,product,value\n2023-04,643,156,1,854231,2.385\n' | trade-load -
