/**
 * Every choice local evaluation makes where ReSim's public material is
 * silent, in one place (docs/eval.md explains each). Change a choice here
 * and the engine, the evaluator and the report follow.
 * @module
 */

/** The SQL column type of each topic schema type. Unknown types load as JSON text. */
export const columnTypes: Readonly<Record<string, string>> = {
  int: "BIGINT",
  float: "DOUBLE",
  boolean: "BOOLEAN",
  string: "VARCHAR",
  image: "VARCHAR",
  video: "VARCHAR",
  status: "VARCHAR",
  "string[]": "VARCHAR[]",
  "metric[]": "JSON",
};

/** The column type of a schema type the table above does not know. */
export const unknownColumnType = "JSON";

/**
 * Columns every topic table has before its schema fields, and the `metadata`
 * table's columns. Values come from {@link jobMetadata}.
 */
export const platformColumns = ["timestamp", "job_id", "batch_id", "experience_name", "build_version"] as const;

/** The `metadata` table's columns, one row per job. */
export const metadataColumns = [
  ["job_id", "VARCHAR"],
  ["batch_id", "VARCHAR"],
  ["project_id", "VARCHAR"],
  ["experience_name", "VARCHAR"],
  ["build_version", "VARCHAR"],
  ["build_creation_timestamp", "TIMESTAMP"],
  ["job_conflated_status", "VARCHAR"],
] as const;

/** What a job's row in `metadata` holds; `job_conflated_status` is filled in after the test metrics ran. */
export interface JobMetadata {
  readonly job_id: string;
  readonly batch_id: string;
  readonly project_id: string;
  readonly experience_name: string;
  readonly build_version: string;
}

/** The batch, project and build every local job belongs to. */
export const localBatch = { batch_id: "local", project_id: "local", build_version: "local" } as const;

/**
 * A job's metadata: its id (the name of its file or folder) doubles as its experience name.
 *
 * @example
 * ```ts
 * jobMetadata("run1"); // { job_id: "run1", experience_name: "run1", batch_id: "local", project_id: "local", build_version: "local" }
 * ```
 */
export function jobMetadata(jobId: string): JobMetadata {
  return { job_id: jobId, experience_name: jobId, ...localBatch };
}

/**
 * A job's id from the name of its emissions file or folder:
 * `emissions_<id>.resim.jsonl` (as ReSim's SDK names them) gives `<id>`;
 * otherwise the name without `.resim.jsonl`, `.jsonl` or `.json`.
 *
 * @example
 * ```ts
 * jobIdFromName("emissions_7579affb.resim.jsonl"); // "7579affb"
 * jobIdFromName("run1.jsonl"); // "run1"
 * ```
 */
export function jobIdFromName(name: string): string {
  const stem = name.replace(/(\.resim)?\.jsonl?$/i, "");
  const sdk = /^emissions_(.+)$/.exec(stem);
  return sdk?.[1] ?? stem;
}

/** Which jobs' rows a metric of each type sees: its own job's (`job`) or every job's (`all`). */
export const metricScopes: Readonly<Record<string, "job" | "all">> = { test: "job", batch: "all", dashboard: "all", report: "all" };

/**
 * A job's conflated status from its test metrics' statuses, as ReSim rolls them up.
 *
 * @example
 * ```ts
 * conflatedStatus(["PASSED", "FAIL_WARN"]); // "WARNING"
 * ```
 */
export function conflatedStatus(statuses: Iterable<string>): string {
  const all = new Set(statuses);
  if (all.has("FAIL_BLOCK")) return "BLOCKER";
  if (all.has("QUERY_ERROR") || all.has("RENDER_ERROR")) return "ERROR";
  if (all.has("FAIL_WARN")) return "WARNING";
  return "PASSED";
}
