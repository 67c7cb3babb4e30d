# fods-cells.awk - the cells of a flat OpenDocument spreadsheet (.fods, as
# LibreOffice writes it: one tag a line) as "TYPE:TEXT | TYPE:TEXT ..."
# a row, where TYPE is string, float, percentage... or formula(F) for a
# cell that holds a formula.  A TAB in a cell shows as [TAB], a CR as
# [CR], a line break as [BR].  Only the first sheet of each file, its
# first 16 cells a row, and no row without a cell that holds something.
FNR == 1 {
	done = 0
}
/<\/table:table>/ {
	done = 1
}
/<table:table-row[ >]/ {
	line = ""
	n = 0
}
/<table:table-cell[ >\/]/ {
	rep = 1
	if (match($0, /number-columns-repeated="[0-9]+"/))
		rep = substr($0, RSTART + 25, RLENGTH - 26) + 0
	type = "empty"
	if (match($0, /office:value-type="[a-z]+"/))
		type = substr($0, RSTART + 19, RLENGTH - 20)
	if (match($0, /table:formula="[^"]*"/))
		type = "formula(" substr($0, RSTART + 15, RLENGTH - 16) ")"
	incell = 1
	text = ""
}
incell && /<text:p/ {
	s = $0
	sub(/^.*<table:table-cell[^>]*>/, "", s)
	sub(/^[ \t]+/, "", s)
	text = text s
}
incell && /<\/table:table-cell>|<table:table-cell[^>]*\/>/ {
	gsub(/<text:p\/><text:p>|<\/text:p><text:p>/, "[BR]", text)
	gsub(/<text:tab\/>/, "[TAB]", text)
	gsub(/<text:s\/>/, " ", text)
	gsub(/&#x0[dD];/, "[CR]", text)
	gsub(/<[^>]*>/, "", text)
	cell = type ":" text
	gsub(/&apos;/, "'", cell)
	gsub(/&quot;/, "\"", cell)
	gsub(/&lt;/, "<", cell)
	gsub(/&gt;/, ">", cell)
	gsub(/&amp;/, "\\&", cell)
	for (i = 0; i < rep && n < 16; i++)
		line = line (n++ ? " | " : "") cell
	incell = 0
}
/<\/table:table-row>/ && !done {
	sub(/( \| empty:)+$/, "", line)
	if (line != "empty:")
		print line
}
