/**
 * What the evaluator asks of a SQL engine, independent of which engine it
 * is: load emissions into topic tables, narrow the tables to one job or
 * widen them to all, run a query with bound parameters, and record the
 * jobs' conflated statuses in `metadata`.
 * @module
 */

/** A topic table to build: its name and its schema's fields in order. */
export interface TopicTable {
  readonly name: string;
  readonly fields: readonly { readonly name: string; readonly type: string }[];
}

/** One job's emissions: its id and the files holding its lines. */
export interface JobFiles {
  readonly id: string;
  readonly files: readonly string[];
}

/**
 * A line (or a set of lines) that did not make it into a topic table, and why.
 * `line` counts the file's non-blank lines from 1.
 */
export interface EmissionProblem {
  readonly file: string;
  readonly line?: number;
  readonly topic?: string;
  readonly message: string;
}

/** What loading found: rows per topic and every line left out. */
export interface LoadReport {
  readonly rows: ReadonlyMap<string, number>;
  readonly problems: readonly EmissionProblem[];
}

/** A value of a result cell: BIGINTs beyond 2^53 stay bigint; timestamps are ISO text. */
export type Cell = null | boolean | number | bigint | string | readonly Cell[] | { readonly [key: string]: Cell };

/** A query's result, column by column. */
export interface ResultTable {
  readonly columns: readonly { readonly name: string; readonly type: string }[];
  /** `values[c][r]`: column c, row r. */
  readonly values: readonly (readonly Cell[])[];
  readonly rowCount: number;
}

/**
 * A query the engine rejected or failed to run, with the offset in the query text it points at.
 *
 * @example
 * ```ts
 * new QueryError("Catalog error: Table with name speeds does not exist!", 14).position; // 14
 * ```
 */
export class QueryError extends Error {
  override name = "QueryError";
  /** 0-based character offset into the query, when the engine says where. */
  readonly position: number | undefined;

  constructor(message: string, position?: number) {
    super(message);
    this.position = position;
  }
}

/** A parameter bound to a `?`. */
export type QueryParameter = number | string;

/**
 * A SQL engine holding one evaluation's tables.
 *
 * @example
 * ```ts
 * const engine = await openSqlEngine();
 * await engine.load([{ id: "run1", files: ["emissions.resim.jsonl"] }], [{ name: "speed", fields: [{ name: "v", type: "float" }] }]);
 * await engine.scope("run1");
 * const table = await engine.query("SELECT MAX(v) FROM speed");
 * await engine.close();
 * ```
 */
export interface SqlEngine {
  /** Loads every job's files into one table per topic plus `metadata`. */
  load(jobs: readonly JobFiles[], topics: readonly TopicTable[]): Promise<LoadReport>;
  /** Makes the topic tables and `metadata` show one job's rows, or every job's with `undefined`. */
  scope(jobId: string | undefined): Promise<void>;
  /** Runs `sql`, binding `parameters` to its `?`s in order. @throws {QueryError} */
  query(sql: string, parameters?: readonly QueryParameter[]): Promise<ResultTable>;
  /** Sets `metadata.job_conflated_status` of each job. */
  setConflatedStatuses(statuses: ReadonlyMap<string, string>): Promise<void>;
  close(): Promise<void>;
}
