// duckdb.mjs TASK FILE OUT [COUNTRIES] - the benchmark tasks in DuckDB
// (npm @duckdb/node-api; its default threads: the machine's cores).
import { DuckDBInstance } from '@duckdb/node-api';

const [task, file, out, cc] = process.argv.slice(2);
const src = `read_csv('${file}', header = true, types = {'product': 'VARCHAR', 'period': 'VARCHAR'})`;
const sql = {
	a: `COPY (WITH f AS (SELECT reporter, partner, sum(value) AS value FROM ${src}
	      WHERE starts_with(product, '8542') GROUP BY reporter, partner)
	    SELECT reporter, partner, value, value / sum(value) OVER (PARTITION BY reporter) AS share
	    FROM f) TO '${out}' (HEADER)`,
	b: `COPY (SELECT period, sum(value) AS value FROM ${src} GROUP BY period ORDER BY period)
	    TO '${out}' (HEADER)`,
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
}[task];
const inst = await DuckDBInstance.create(':memory:');
const con = await inst.connect();
await con.run(sql);
