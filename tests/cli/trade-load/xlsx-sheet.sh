# --sheet reads one sheet; a sheet the workbook does not have is an error
# that names those it has
trade-load --sheet 'Sheet 1' tests/data/formats/eurostat-cn8.xlsx | wc -l && trade-load --sheet 'Sheet 9' tests/data/formats/eurostat-cn8.xlsx
