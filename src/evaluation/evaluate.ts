/**
 * Evaluating a metrics config on local emissions: load every job's
 * emissions, run each test metric once per job over that job's rows, record
 * each job's conflated status in `metadata`, then run the batch metrics once
 * over all rows. Each metric gets its result table, status, view and timing;
 * nothing a metric does wrong stops the others.
 * @module
 */

import { performance } from "node:perf_hooks";
import { basename } from "node:path";
import { conflatedStatus, metricScopes } from "./choices.ts";
import { RenderFailure } from "./render_failure.ts";
import { UnreadableInputError, type InputJob } from "./inputs.ts";
import type { EvaluationPlan, PlannedMetric } from "./plan.ts";
import { failingStatuses, type EvaluationReport, type MetricFailure, type MetricResult, type MetricView } from "./result.ts";
import { queryFailure, runGate } from "./status_gate.ts";
import { openSqlEngine, type EmissionProblem, type LoadReport, type ResultTable, type SqlEngine } from "./sql/index.ts";

/** Draws a metric's table; throws a {@link RenderFailure} (or any error) when it cannot. */
export type RenderMetric = (metric: PlannedMetric, table: ResultTable, job: InputJob | undefined) => Promise<MetricView>;

/** Options of {@link evaluate}. */
export interface EvaluateOptions {
  /** Draws each metric with data; without it no views are made. */
  readonly render?: RenderMetric;
}

/**
 * Whether the table counts as no data: no rows, or one row of NULLs (what MIN() over nothing gives).
 *
 * @example
 * ```ts
 * isNoData({ columns: [{ name: "min", type: "DOUBLE" }], values: [[null]], rowCount: 1 }); // true
 * ```
 */
export function isNoData(table: ResultTable): boolean {
  return table.rowCount === 0 || (table.rowCount === 1 && table.values.every((column) => column[0] === null));
}

/** The topics `query` reads, by name as a whole word (case-insensitive). */
function topicsRead(query: string, topics: readonly string[]): string[] {
  const lower = query.toLowerCase();
  return topics.filter((topic) => new RegExp(`(^|[^a-z0-9_])${topic.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[^a-z0-9_])`).test(lower));
}

/** Notes on the lines left out of the topics a metric reads (for one job, or all). */
function problemNotes(problems: readonly EmissionProblem[], topics: readonly string[], files: ReadonlySet<string> | undefined): string[] {
  const notes: string[] = [];
  for (const topic of topics) {
    const mine = problems.filter((p) => p.topic === topic && (files === undefined || files.has(p.file)));
    if (mine.length === 0) continue;
    const first = mine[0]!;
    const where = `${basename(first.file)}${first.line === undefined ? "" : `:${first.line}`}`;
    notes.push(`lines of topic "${topic}" were left out of its table (first: ${where}: ${first.message})`);
  }
  return notes;
}

function since(start: number): number {
  return Math.round((performance.now() - start) * 100) / 100;
}

async function evaluateMetric(engine: SqlEngine, metric: PlannedMetric, job: InputJob | undefined, notes: string[], options: EvaluateOptions): Promise<MetricResult> {
  const base = {
    metric: metric.name,
    type: metric.type,
    ...(job === undefined ? {} : { job: job.id }),
    ...(metric.description === undefined ? {} : { description: metric.description }),
    notes,
  };
  const timing = { queryMs: 0, statusMs: 0, renderMs: 0 };
  let start = performance.now();
  let table: ResultTable;
  try {
    table = await engine.query(metric.query);
  } catch (error) {
    timing.queryMs = since(start);
    return { ...base, status: "QUERY_ERROR", hidden: false, failure: queryFailure("query", metric.query, error), timing };
  }
  timing.queryMs = since(start);
  if (isNoData(table)) return { ...base, status: "NO_DATA", hidden: metric.skipIfNoData, table, timing };
  start = performance.now();
  const gate = metric.status === undefined ? { status: "PASSED" as const } : await runGate(engine, metric.status);
  timing.statusMs = metric.status === undefined ? 0 : since(start);
  const result = { ...base, ...gate, hidden: false, table, timing };
  if (options.render === undefined) return result;
  start = performance.now();
  try {
    const view = await options.render(metric, table, job);
    timing.renderMs = since(start);
    return { ...result, view };
  } catch (error) {
    timing.renderMs = since(start);
    const failure: MetricFailure =
      error instanceof RenderFailure && error.line !== undefined
        ? { stage: "template", message: error.message, line: error.line, column: error.column ?? 1 }
        : { stage: "template", message: error instanceof Error ? error.message : String(error) };
    // A gate that failed outranks a drawing that failed: the drawing is reported beside it.
    return gate.status === "PASSED" || gate.status === "FAIL_WARN" ? { ...result, status: "RENDER_ERROR", failure } : { ...result, notes: [...notes, `template: ${failure.message}`] };
  }
}

/**
 * Evaluates `plan` on `jobs`.
 * @throws {UnreadableInputError} when the engine cannot read an emissions file
 *
 * @example
 * ```ts
 * const report = await evaluate(plan, await findJobs(["runs/"]));
 * for (const result of report.results) console.log(result.metric, result.job ?? "(batch)", result.status);
 * ```
 */
export async function evaluate(plan: EvaluationPlan, jobs: readonly InputJob[], options: EvaluateOptions = {}): Promise<EvaluationReport> {
  const started = performance.now();
  const engine = await openSqlEngine();
  try {
    let loaded: LoadReport;
    try {
      loaded = await engine.load(jobs, plan.topics);
    } catch (error) {
      throw new UnreadableInputError(`Cannot load the emissions: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    const loadMs = since(started);
    const topicNames = plan.topics.map((topic) => topic.name);
    const results: MetricResult[] = [];
    const perJob = plan.metrics.filter((metric) => metricScopes[metric.type] === "job");
    const overAll = plan.metrics.filter((metric) => metricScopes[metric.type] !== "job");
    const jobStatuses = new Map<string, string>();
    const readBy = new Map(plan.metrics.map((metric) => [metric, topicsRead(metric.query, topicNames)]));
    for (const job of perJob.length > 0 ? jobs : []) {
      await engine.scope(job.id);
      const files = new Set(job.files);
      const statuses: string[] = [];
      for (const metric of perJob) {
        const result = await evaluateMetric(engine, metric, job, problemNotes(loaded.problems, readBy.get(metric)!, files), options);
        statuses.push(result.status);
        results.push(result);
      }
      jobStatuses.set(job.id, conflatedStatus(statuses));
    }
    await engine.setConflatedStatuses(jobStatuses);
    await engine.scope(undefined);
    for (const metric of overAll) {
      results.push(await evaluateMetric(engine, metric, undefined, problemNotes(loaded.problems, readBy.get(metric)!, undefined), options));
    }
    return {
      jobs: jobs.map((job) => ({ id: job.id, files: job.files })),
      problems: loaded.problems,
      results,
      passed: results.every((result) => !failingStatuses.has(result.status)),
      timing: { loadMs, totalMs: since(started) },
    };
  } finally {
    await engine.close();
  }
}
