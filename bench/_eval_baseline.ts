/**
 * The `eval` bench's anchor: DuckDB's Node library alone doing the least
 * the same evaluation needs: reading the same emissions files with its JSON
 * reader into one typed table per topic, then running the same queries
 * (with the same Presto macros) per job and over all jobs, status queries
 * included, every result read into JavaScript. Prints its time as JSON.
 *
 * Usage: node bench/_eval_baseline.ts <folder of job files>
 * @module
 */

import { readdirSync } from "node:fs";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { compatStatements } from "../src/evaluation/sql/presto_compat.ts";
import { metrics, topics } from "./_eval_workload.ts";

const start = performance.now();
const folder = process.argv[2]!;
const files = readdirSync(folder).filter((name) => name.endsWith(".jsonl")).sort();
const jobs = files.map((name) => name.replace(/\.jsonl$/, ""));
const db = await DuckDBInstance.create(":memory:");
const c = await db.connect();
for (const statement of compatStatements()) await c.run(statement);
const types: Record<string, string> = { float: "DOUBLE", int: "BIGINT", string: "VARCHAR", "string[]": "VARCHAR[]", boolean: "BOOLEAN" };
const list = `[${files.map((name) => `'${join(folder, name)}'`).join(", ")}]`;
await c.run("CREATE SCHEMA _all");
await c.run(`CREATE TABLE _all.metadata AS SELECT job AS job_id, 'local' AS batch_id, 'local' AS project_id, job AS experience_name, 'local' AS build_version, NULL::VARCHAR AS job_conflated_status FROM (SELECT UNNEST([${jobs.map((job) => `'${job}'`).join(", ")}]) AS job)`);
for (const [topic, schema] of Object.entries(topics)) {
  const struct = `STRUCT(${Object.entries(schema).map(([field, type]) => `${field} ${types[type]}`).join(", ")})`;
  const fields = Object.keys(schema).map((field) => `"$data".${field} AS ${field}`).join(", ");
  await c.run(`CREATE TABLE _all.${topic} AS SELECT "$metadata".timestamp AS timestamp, regexp_extract(filename, 'job_[0-9]+') AS job_id, 'local' AS batch_id,
    regexp_extract(filename, 'job_[0-9]+') AS experience_name, 'local' AS build_version, ${fields}
    FROM read_ndjson(${list}, columns = {'$metadata': 'STRUCT(topic VARCHAR, timestamp BIGINT)', '$data': '${struct}'}, filename = true)
    WHERE "$metadata".topic = '${topic}'`);
}
const loaded = performance.now();
const scope = (job?: string) =>
  c.run(["metadata", ...Object.keys(topics)].map((name) => `CREATE OR REPLACE VIEW main.${name} AS SELECT * FROM _all.${name}${job === undefined ? "" : ` WHERE job_id = '${job}'`}`).join("; "));
let rows = 0;
async function runMetric(metric: (typeof metrics)[number]) {
  rows += (await c.runAndReadAll(metric.query)).getRowsJS().length;
  if (metric.status !== undefined && (await c.runAndReadAll(metric.status.query, [metric.status.block])).currentRowCount === 0) await c.runAndReadAll(metric.status.query, [metric.status.warn]);
}
for (const job of jobs) {
  await scope(job);
  for (const metric of metrics.filter((m) => m.type === "test")) await runMetric(metric);
}
await scope();
for (const metric of metrics.filter((m) => m.type === "batch")) await runMetric(metric);
c.closeSync();
process.stdout.write(`${JSON.stringify({ loadMs: loaded - start, totalMs: performance.now() - start, rows })}\n`);
