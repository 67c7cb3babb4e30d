// duckdb.mjs TASK FILE OUT [COUNTRIES] - the benchmark tasks in DuckDB
// (npm @duckdb/node-api; its default threads: the machine's cores).
// Task g is b on a gzipped file, which read_csv decompresses itself.
import { DuckDBInstance } from '@duckdb/node-api';

const [task, file, out, cc] = process.argv.slice(2);
const src = `read_csv('${file}', header = true, types = {'product': 'VARCHAR', 'period': 'VARCHAR'})`;
const b = `COPY (SELECT period, sum(value) AS value FROM ${src} GROUP BY period ORDER BY period)
	    TO '${out}' (HEADER)`;
const sql = {
	a: `COPY (WITH f AS (SELECT reporter, partner, sum(value) AS value FROM ${src}
	      WHERE starts_with(product, '8542') GROUP BY reporter, partner)
	    SELECT reporter, partner, value, value / sum(value) OVER (PARTITION BY reporter) AS share
	    FROM f) TO '${out}' (HEADER)`,
	b: b,
	'b-baci': `COPY (SELECT t AS period, sum(v) * 1000 AS value FROM read_csv('${file}', header = true)
	      GROUP BY t ORDER BY t) TO '${out}' (HEADER)`,
	c: `COPY (WITH s AS (SELECT period, reporter, partner, sum(value) AS v FROM ${src}
	      GROUP BY period, reporter, partner),
	    t AS (SELECT period, reporter, v / sum(v) OVER (PARTITION BY period, reporter) AS sh FROM s)
	    SELECT period, reporter, sum(sh * sh) AS hhi FROM t GROUP BY period, reporter)
	    TO '${out}' (HEADER)`,
	d: `COPY (SELECT b.t AS period, ci.country_iso3 AS reporter, cj.country_iso3 AS partner,
	      'X' AS flow, lpad(b.k, 6, '0') AS product, b.v * 1000 AS value, b.q AS quantity
	    FROM read_csv('${file}', header = true, types = {'k': 'VARCHAR'}) b
	    JOIN read_csv('${cc}', header = true) ci ON b.i = ci.country_code
	    JOIN read_csv('${cc}', header = true) cj ON b.j = cj.country_code)
	    TO '${out}' (HEADER)`,
	// each partner's share of its reporter's flow of a product in a
	// year, in trade-share's order
	e: `COPY (WITH f AS (SELECT period, reporter, partner, flow, product, sum(value) AS value
	      FROM ${src} WHERE starts_with(product, '85')
	      GROUP BY period, reporter, partner, flow, product)
	    SELECT *, value / sum(value) OVER (PARTITION BY period, reporter, flow, product) AS share
	    FROM f ORDER BY period, reporter, flow, product, value DESC, partner)
	    TO '${out}' (HEADER)`,
	// the roll-up by every key, sorted by them as trade-agg's is
	f: `COPY (SELECT period, reporter, partner, flow, product, sum(value) AS value,
	      sum(quantity) AS quantity FROM ${src}
	      GROUP BY period, reporter, partner, flow, product
	      ORDER BY period, reporter, partner, flow, product)
	    TO '${out}' (HEADER)`,
	g: b,
}[task];
const inst = await DuckDBInstance.create(':memory:');
const con = await inst.connect();
await con.run(sql);
