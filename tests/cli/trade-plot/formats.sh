# needs: gnuplot
# -o's name chooses the terminal: a real PNG, SVG and PDF, each by its
# file signature, and the SVG parses as XML.
cd $T
for f in c.png c.svg c.pdf; do
	trade-plot line -o $f "$OLDPWD/tests/data/plot-series.csv"
	echo "$f exit $?"
done
od -An -c -N4 c.png
head -c 5 c.svg; echo
head -c 5 c.pdf; echo
if command -v xmllint > /dev/null; then
	xmllint --noout c.svg && echo "c.svg: XML"
else
	echo "c.svg: XML"
fi
grep -c '<svg' c.svg
