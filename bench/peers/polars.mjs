// polars.mjs TASK FILE OUT [COUNTRIES] - the benchmark tasks in Polars
// (npm nodejs-polars; its thread pool: the machine's cores).  Task g is
// b on a gzipped file: readCSV decompresses it (scanCSV does not).
import pl from 'nodejs-polars';

const [task, file, out, cc] = process.argv.slice(2);
const schema = {
	period: pl.Utf8, reporter: pl.Utf8, partner: pl.Utf8, flow: pl.Utf8,
	product: pl.Utf8, value: pl.Float64, quantity: pl.Float64, unit: pl.Utf8,
	currency: pl.Utf8, source: pl.Utf8,
};
const scan = () => pl.scanCSV(file, { schema });
const byperiod = (q) => q.groupBy('period').agg(pl.col('value').sum()).sort('period');
let q;
if (task === 'a')
	q = scan().filter(pl.col('product').str.startsWith('8542'))
		.groupBy(['reporter', 'partner']).agg(pl.col('value').sum())
		.withColumns(pl.col('value').div(pl.col('value').sum().over('reporter')).alias('share'));
else if (task === 'b')
	q = byperiod(scan());
else if (task === 'b-baci')
	q = pl.scanCSV(file).groupBy('t').agg(pl.col('v').sum().mul(1000).alias('value'))
		.sort('t').rename({ t: 'period' });
else if (task === 'c')
	q = scan().groupBy(['period', 'reporter', 'partner']).agg(pl.col('value').sum().alias('v'))
		.withColumns(pl.col('v').div(pl.col('v').sum().over(['period', 'reporter'])).alias('sh'))
		.groupBy(['period', 'reporter']).agg(pl.col('sh').pow(2).sum().alias('hhi'));
else if (task === 'd') {
	const codes = pl.readCSV(cc).select('country_code', 'country_iso3');
	const b = pl.readCSV(file, { dtypes: { k: pl.Utf8 } });
	q = b.join(codes.rename({ country_code: 'i', country_iso3: 'reporter' }), { on: 'i' })
		.join(codes.rename({ country_code: 'j', country_iso3: 'partner' }), { on: 'j' })
		.select(pl.col('t').alias('period'), 'reporter', 'partner', pl.lit('X').alias('flow'),
			pl.col('k').str.padStart(6, '0').alias('product'),
			pl.col('v').mul(1000).alias('value'), pl.col('q').alias('quantity')).lazy();
} else if (task === 'e') {
	// each partner's share of its reporter's flow of a product in a
	// year, in trade-share's order
	const g = ['period', 'reporter', 'flow', 'product'];
	q = scan().filter(pl.col('product').str.startsWith('85'))
		.groupBy(['period', 'reporter', 'partner', 'flow', 'product']).agg(pl.col('value').sum())
		.withColumns(pl.col('value').div(pl.col('value').sum().over(g)).alias('share'))
		.sort([...g, 'value', 'partner'], [false, false, false, false, true, false]);
} else if (task === 'f') {
	// the roll-up by every key, sorted by them as trade-agg's is
	const k = ['period', 'reporter', 'partner', 'flow', 'product'];
	q = scan().groupBy(k).agg(pl.col('value').sum(), pl.col('quantity').sum()).sort(k);
} else if (task === 'g')
	q = byperiod(pl.readCSV(file, { dtypes: schema }).lazy());
q.collectSync().writeCSV(out);
