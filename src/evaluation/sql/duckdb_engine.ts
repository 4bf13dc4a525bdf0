/**
 * The {@link SqlEngine} on embedded DuckDB: the only module that speaks to
 * DuckDB. Emissions are read by DuckDB's own JSON reader (`read_ndjson` with
 * an explicit column schema), checked against each topic's schema and typed
 * by `json_transform` with a type built from it, all inside DuckDB; no row
 * passes through JavaScript. Topic tables live in schema `_all`; views of
 * the same names in `main` show one job's rows or all of them.
 * @module
 */

import type { DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import { columnTypes, jobMetadata, metadataColumns, unknownColumnType } from "../choices.ts";
import { compatStatements } from "./presto_compat.ts";
import { QueryError, type Cell, type EmissionProblem, type JobFiles, type LoadReport, type QueryParameter, type ResultTable, type SqlEngine, type TopicTable } from "./engine.ts";

/** The longest emissions line read (DuckDB's default is 16 MiB; a line may carry a whole Plotly figure). */
export const maxLineBytes = 256 * 1024 * 1024;

/** How many left-out lines are listed one by one; the rest are counted per file and topic. */
export const listedProblemLimit = 100;

/** `text` as a SQL string literal. */
function sqlString(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/** `name` as a quoted SQL identifier. */
function sqlIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** A JSON path to the top-level key `name` of a `$data` object. */
function dataPath(name: string): string {
  return sqlString(`$.${JSON.stringify(name)}`);
}

/** The `json_type` answers a value of each schema type may have. */
const acceptedJsonTypes: Readonly<Record<string, readonly string[]>> = {
  int: ["BIGINT", "UBIGINT"],
  float: ["BIGINT", "UBIGINT", "DOUBLE"],
  boolean: ["BOOLEAN"],
  string: ["VARCHAR"],
  image: ["VARCHAR"],
  video: ["VARCHAR"],
  status: ["VARCHAR"],
  "string[]": ["ARRAY"],
  "metric[]": ["ARRAY"],
};

/**
 * A SQL expression that is NULL when `data` (the `$data` JSON) matches the
 * topic's schema, and otherwise says the first way it does not.
 */
function schemaCheck(topic: TopicTable): string {
  const names = topic.fields.map((field) => sqlString(field.name)).join(", ");
  const checks = ["WHEN json_type(data) IS DISTINCT FROM 'OBJECT' THEN '$data is not an object'"];
  for (const field of topic.fields) {
    const type = `json_type(data, ${dataPath(field.name)})`;
    const label = sqlString(`field '${field.name}'`);
    checks.push(`WHEN ${type} IS NULL THEN 'missing ' || ${label}`);
    const accepted = acceptedJsonTypes[field.type];
    if (accepted === undefined) continue;
    checks.push(
      `WHEN ${type} NOT IN (${accepted.map(sqlString).join(", ")}) THEN ${label} || ' should be ${field.type}, got ' || _json_kind(${type})`,
    );
    if (field.type === "string[]") {
      checks.push(
        `WHEN len(list_filter(json_type(data, ${sqlString(`$.${JSON.stringify(field.name)}[*]`)}), t -> t <> 'VARCHAR')) > 0 THEN ${label} || ' should be string[], but holds a non-string'`,
      );
    }
  }
  checks.push(
    `WHEN len(list_filter(json_keys(data), k -> k NOT IN (${names || "NULL"}))) > 0 THEN 'field ''' || list_filter(json_keys(data), k -> k NOT IN (${names || "NULL"}))[1] || ''' is not in the schema'`,
  );
  return `CASE ${checks.join(" ")} END`;
}

/** The struct type `json_transform` gives `$data` for a topic: its fields with their column types. */
function transformType(topic: TopicTable): string {
  const struct = Object.fromEntries(topic.fields.map((field) => [field.name, columnTypes[field.type] ?? unknownColumnType]));
  return sqlString(JSON.stringify(struct));
}

/** A result value as the evaluator sees it. */
function toCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "bigint") return Number.isSafeInteger(Number(value)) ? Number(value) : value;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (value instanceof Uint8Array) return Buffer.from(value).toString("hex");
  if (Array.isArray(value)) return value.map(toCell);
  if (typeof value === "object") return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toCell(item)]));
  return String(value);
}

/**
 * The error DuckDB reported, as one line: with `errors_as_json` its message
 * is JSON (sometimes after a prefix) carrying the type, text and position.
 */
function queryError(error: unknown, sqlLength: number): QueryError {
  const raw = error instanceof Error ? error.message : String(error);
  const start = raw.indexOf("{");
  try {
    const parsed = JSON.parse(raw.slice(start)) as { exception_type?: string; exception_message?: string; position?: string };
    const text = (parsed.exception_message ?? raw).split("\n").map((line) => line.trim()).filter(Boolean).join("; ");
    const position = parsed.position === undefined ? undefined : Number(parsed.position);
    const kind = parsed.exception_type === undefined ? "" : `${parsed.exception_type} error: `;
    return new QueryError(`${kind}${text}`, position !== undefined && position >= 0 && position <= sqlLength ? position : undefined);
  } catch {
    return new QueryError(raw.split("\n")[0] ?? raw);
  }
}

class DuckDbEngine implements SqlEngine {
  readonly #instance: DuckDBInstance;
  readonly #connection: DuckDBConnection;
  #topics: readonly string[] = [];

  constructor(instance: DuckDBInstance, connection: DuckDBConnection) {
    this.#instance = instance;
    this.#connection = connection;
  }

  async #run(sql: string): Promise<void> {
    try {
      await this.#connection.run(sql);
    } catch (error) {
      throw queryError(error, sql.length);
    }
  }

  async #rows(sql: string): Promise<Record<string, unknown>[]> {
    try {
      return (await this.#connection.runAndReadAll(sql)).getRowObjectsJS();
    } catch (error) {
      throw queryError(error, sql.length);
    }
  }

  async load(jobs: readonly JobFiles[], topics: readonly TopicTable[]): Promise<LoadReport> {
    this.#topics = topics.map((topic) => topic.name);
    const metadataType = metadataColumns.map(([name, type]) => `${name} ${type}`).join(", ");
    await this.#run(`CREATE SCHEMA _all; CREATE TABLE _all.metadata (${metadataType})`);
    if (jobs.length > 0) {
      const rows = jobs.map((job) => {
        const meta = jobMetadata(job.id);
        return `(${[meta.job_id, meta.batch_id, meta.project_id, meta.experience_name, meta.build_version].map(sqlString).join(", ")}, NULL, NULL)`;
      });
      await this.#run(`INSERT INTO _all.metadata VALUES ${rows.join(", ")}`);
    }
    const files = jobs.flatMap((job) => job.files.map((file) => ({ file, job: job.id })));
    await this.#run(`CREATE TEMP TABLE _files (file VARCHAR, job_id VARCHAR)`);
    if (files.length > 0) await this.#run(`INSERT INTO _files VALUES ${files.map((f) => `(${sqlString(f.file)}, ${sqlString(f.job)})`).join(", ")}`);
    // Read the fast way; only when a line is not JSON, which fails that read, read again the careful way.
    try {
      await this.#readLines(files.map((f) => f.file), topics, false);
    } catch {
      await this.#run(`DROP TABLE IF EXISTS _lines; DROP TABLE IF EXISTS _bad`);
      await this.#readLines(files.map((f) => f.file), topics, true);
    }
    const rows = new Map<string, number>();
    for (const topic of topics) {
      const table = `_all.${sqlIdentifier(topic.name)}`;
      const fields = topic.fields.map((field) => `d.${sqlIdentifier(field.name)} AS ${sqlIdentifier(field.name)}`);
      await this.#run(`CREATE TABLE ${table} AS
        SELECT ts AS timestamp, l.job_id, m.batch_id, m.experience_name, m.build_version${fields.length > 0 ? ", " : ""}${fields.join(", ")}
        FROM (SELECT *, json_transform(data, ${transformType(topic)}) AS d FROM _lines
              WHERE topic = ${sqlString(topic.name)} AND record NOT IN (SELECT record FROM _bad WHERE topic = ${sqlString(topic.name)})) l
        JOIN _all.metadata m ON m.job_id = l.job_id
        ORDER BY record`);
      const [count] = await this.#rows(`SELECT count(*) AS n FROM ${table}`);
      rows.set(topic.name, Number(count?.["n"] ?? 0));
    }
    const problems = await this.#problems();
    await this.#run(`DROP TABLE _lines; DROP TABLE _bad; DROP TABLE _files`);
    await this.scope(undefined);
    return { rows, problems };
  }

  /**
   * Reads every file into `_lines` (job, file, record, topic, timestamp, `$data` as JSON) and the
   * lines that do not fit their topic into `_bad`. Only a `careful` read skips lines that are not
   * JSON (it takes about twice as long); without it such a line fails the whole read.
   */
  async #readLines(files: readonly string[], topics: readonly TopicTable[], careful: boolean): Promise<void> {
    const source =
      files.length === 0
        ? `(SELECT NULL::VARCHAR AS job_id, NULL::VARCHAR AS file, NULL::BIGINT AS record, NULL::VARCHAR AS topic, NULL::BIGINT AS ts, NULL::JSON AS data WHERE false)`
        : `(SELECT f.job_id, r.filename AS file, r.ordinality AS record, r."$metadata".topic AS topic, r."$metadata".timestamp AS ts, r."$data" AS data
           FROM read_ndjson([${files.map(sqlString).join(", ")}],
             columns = {'$metadata': 'STRUCT(topic VARCHAR, timestamp BIGINT, event BOOLEAN)', '$data': 'JSON'},
             filename = true, maximum_object_size = ${maxLineBytes}${careful ? ", ignore_errors = true" : ""}) WITH ORDINALITY r
           JOIN _files f ON f.file = r.filename)`;
    await this.#run(`CREATE TEMP TABLE _lines AS ${source}`);
    const byTopic = topics.map((topic) => `WHEN ${sqlString(topic.name)} THEN ${schemaCheck(topic)}`).join(" ");
    await this.#run(`CREATE TEMP TABLE _bad AS SELECT * FROM (
      SELECT file, record, topic, CASE
        WHEN topic IS NULL THEN 'not an emissions line (not JSON, or no "$metadata".topic)'
        ${topics.length > 0 ? `ELSE CASE topic ${byTopic} ELSE 'topic is not in the config' END` : "ELSE 'topic is not in the config'"}
      END AS message FROM _lines) WHERE message IS NOT NULL`);
  }

  /** Lines left out: the first few one by one (with their line in the file), the rest counted. */
  async #problems(): Promise<EmissionProblem[]> {
    const listed = await this.#rows(`WITH firsts AS (SELECT * FROM _bad ORDER BY record LIMIT ${listedProblemLimit})
      SELECT b.file, b.record - s.first + 1 AS line, b.topic, b.message
      FROM firsts b JOIN (SELECT file, min(record) AS first FROM _lines WHERE file IN (SELECT file FROM firsts) GROUP BY file) s ON s.file = b.file
      ORDER BY b.record`);
    const problems: EmissionProblem[] = listed.map((row) => ({
      file: String(row["file"]),
      line: Number(row["line"]),
      ...(row["topic"] === null ? {} : { topic: String(row["topic"]) }),
      message: String(row["message"]),
    }));
    const rest = await this.#rows(`SELECT file, topic, count(*) AS n FROM (SELECT * FROM _bad ORDER BY record OFFSET ${listedProblemLimit})
      GROUP BY file, topic ORDER BY min(record)`);
    for (const row of rest) {
      problems.push({
        file: String(row["file"]),
        ...(row["topic"] === null ? {} : { topic: String(row["topic"]) }),
        message: `${Number(row["n"])} more lines left out`,
      });
    }
    return problems;
  }

  async scope(jobId: string | undefined): Promise<void> {
    const where = jobId === undefined ? "" : ` WHERE job_id = ${sqlString(jobId)}`;
    const views = ["metadata", ...this.#topics].map(
      (name) => `CREATE OR REPLACE VIEW main.${sqlIdentifier(name)} AS SELECT * FROM _all.${sqlIdentifier(name)}${where}`,
    );
    await this.#run(views.join("; "));
  }

  async query(sql: string, parameters: readonly QueryParameter[] = []): Promise<ResultTable> {
    try {
      const reader = await this.#connection.runAndReadAll(sql, parameters.length > 0 ? [...parameters] : undefined);
      const names = reader.columnNames();
      const types = reader.columnTypes();
      return {
        columns: names.map((name, i) => ({ name, type: String(types[i]) })),
        values: reader.getColumnsJS().map((column) => column.map(toCell)),
        rowCount: reader.currentRowCount,
      };
    } catch (error) {
      throw queryError(error, sql.length);
    }
  }

  async setConflatedStatuses(statuses: ReadonlyMap<string, string>): Promise<void> {
    for (const [jobId, status] of statuses) {
      await this.#run(`UPDATE _all.metadata SET job_conflated_status = ${sqlString(status)} WHERE job_id = ${sqlString(jobId)}`);
    }
  }

  async close(): Promise<void> {
    this.#connection.closeSync();
    this.#instance.closeSync();
  }
}

/**
 * Opens an in-memory DuckDB with the Presto compatibility layer installed.
 *
 * @example
 * ```ts
 * const engine = await openDuckDbEngine();
 * ```
 */
export async function openDuckDbEngine(): Promise<SqlEngine> {
  const { DuckDBInstance } = await import("@duckdb/node-api");
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  const engine = new DuckDbEngine(instance, connection);
  await connection.run(`CREATE MACRO _json_kind(t) AS CASE t WHEN 'VARCHAR' THEN 'string' WHEN 'BIGINT' THEN 'integer' WHEN 'UBIGINT' THEN 'integer'
    WHEN 'DOUBLE' THEN 'number' WHEN 'BOOLEAN' THEN 'boolean' WHEN 'ARRAY' THEN 'array' WHEN 'OBJECT' THEN 'object' ELSE 'null' END`);
  for (const statement of compatStatements()) await connection.run(statement);
  return engine;
}
