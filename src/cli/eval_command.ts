/**
 * The work of `resim-metrics eval`: read and check the config, find the
 * jobs, evaluate, then print one line per metric (or the JSON report) and
 * set the exit code: 1 when a metric blocks or fails, 2 when the config or
 * an input cannot be used.
 * @module
 */

import { statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { stderr, stdout } from "node:process";
import { checkMetricsConfig, ConfigReadError, DEFAULT_CONFIG_PATH, formatConfigProblem, loadMetricsConfig, resolveConfigPaths } from "../config/index.ts";
import { writeFailure } from "../files/index.ts";
import { PlotlyUnavailableError } from "../preview/plotly_source.ts";
import {
  evaluate,
  findJobs,
  planFromConfig,
  reportJson,
  templateRenderer,
  UnknownMetricsSetError,
  UnreadableInputError,
  type EvaluationReport,
  type MetricResult,
} from "../evaluation/index.ts";
import { countOf } from "../text/index.ts";
import { CliError, ExitCode } from "./errors.ts";
import { jsonOutput } from "./json_output.ts";

/** The options `eval` parses. */
export interface EvalCommandOptions {
  readonly config: readonly string[];
  readonly set?: string | undefined;
  readonly templates?: string | undefined;
  readonly json?: true | undefined;
  readonly pretty?: true | undefined;
  readonly html?: string | undefined;
}

/** How many left-out emissions lines the text output lists. */
const shownProblems = 10;

function where(result: MetricResult): string {
  const failure = result.failure;
  if (failure === undefined) return "";
  const step = { query: "query_string", status: "status.query_string", template: "template" }[failure.stage];
  const at = failure.line === undefined ? "" : ` ${failure.line}:${failure.column}`;
  return `: ${step}${at}: ${failure.message}`;
}

/** `PASSED      Maximum Speed [run1]: 1 row, 2.1 ms`. */
function resultLine(result: MetricResult): string {
  const scope = result.job === undefined ? `(${result.type})` : `[${result.job}]`;
  const rows = result.table === undefined ? "" : `, ${countOf(result.table.rowCount, "row")}`;
  const gate = [result.block, result.warn].flatMap((check, i) =>
    check === undefined ? [] : [`${i === 0 ? "block" : "warn"} ${check.threshold} ${check.crossed ? "crossed" : "not crossed"}`],
  );
  const ms = result.timing.queryMs + result.timing.statusMs + result.timing.renderMs;
  const hidden = result.hidden ? " (hidden: skip_if_no_data)" : "";
  return `${result.status.padEnd(12)} ${result.metric} ${scope}${hidden}${where(result)}${rows}${gate.length > 0 ? `, ${gate.join(", ")}` : ""}, ${ms.toFixed(1)} ms`;
}

function summary(report: EvaluationReport): string {
  const counts = new Map<string, number>();
  for (const result of report.results) counts.set(result.status, (counts.get(result.status) ?? 0) + 1);
  const parts = [...counts].map(([status, count]) => `${count} ${status}`);
  const left = report.problems.length === 0 ? "" : `; emissions lines left out: ${report.problems.length}`;
  return `${countOf(report.results.length, "result")} for ${countOf(report.jobs.length, "job")}: ${parts.join(", ")}${left} (${report.timing.totalMs.toFixed(0)} ms)`;
}

function printText(report: EvaluationReport): void {
  const lines = report.results.map(resultLine);
  for (const problem of report.problems.slice(0, shownProblems)) {
    lines.push(`left out: ${basename(problem.file)}${problem.line === undefined ? "" : `:${problem.line}`}${problem.topic === undefined ? "" : ` (${problem.topic})`}: ${problem.message}`);
  }
  if (report.problems.length > shownProblems) lines.push(`left out: … ${report.problems.length - shownProblems} more (--json lists them)`);
  lines.push(summary(report));
  stdout.write(`${lines.join("\n")}\n`);
}

/** The merged config and the templates folder, or a CLI error saying why the config cannot be used. */
function loadConfig(options: Pick<EvalCommandOptions, "config" | "templates">) {
  try {
    const paths = resolveConfigPaths(options.config);
    const templatesDir = options.templates ?? join(dirname(paths[0]!), "templates");
    const merged = loadMetricsConfig(paths);
    const problems = checkMetricsConfig(merged, { templatesDir });
    const errors = problems.filter((problem) => problem.severity === "error");
    for (const warning of problems.filter((problem) => problem.severity === "warning")) stderr.write(`${formatConfigProblem(warning)}\n`);
    if (errors.length > 0) {
      throw new CliError(`Cannot evaluate: the config has ${countOf(errors.length, "error")}; fix them first`, ExitCode.Usage, { details: errors.map((error) => formatConfigProblem(error)) });
    }
    return { config: merged.config, templatesDir, paths };
  } catch (error) {
    if (error instanceof ConfigReadError) throw new CliError(error.message, ExitCode.Usage, { cause: error });
    throw error;
  }
}

/** The page's title: the first config's file name, and the set. */
function pageTitle(options: Pick<EvalCommandOptions, "config" | "set">): string {
  const config = basename(options.config[0] ?? DEFAULT_CONFIG_PATH);
  return options.set === undefined ? config : `${config} · ${options.set}`;
}

/**
 * Writes the page of `report` to `path`; failures become CLI errors.
 *
 * @example
 * ```ts
 * await writePage(report, "eval.html", "config.resim.yml");
 * ```
 */
async function writePage(report: EvaluationReport, path: string, title: string): Promise<void> {
  const { writeEvalPage } = await import("../preview/write_eval_page.ts");
  try {
    await writeEvalPage(report, path, title);
  } catch (error) {
    if (error instanceof PlotlyUnavailableError) throw new CliError(error.message, ExitCode.Failure, { cause: error });
    if ((error as NodeJS.ErrnoException).code === undefined) throw error;
    throw new CliError(`Cannot write ${JSON.stringify(path)}: ${writeFailure(error)}`, ExitCode.Usage, { cause: error });
  }
}

/** Evaluates the config on `inputs`; unusable configs and inputs become CLI errors (exit 2). */
async function evaluateInputs(inputs: readonly string[], options: Pick<EvalCommandOptions, "config" | "set" | "templates">): Promise<{ report: EvaluationReport; watched: string[] }> {
  const { config, templatesDir, paths } = loadConfig(options);
  try {
    const plan = planFromConfig(config, { set: options.set, templatesDir });
    const jobs = await findJobs(inputs);
    const report = await evaluate(plan, jobs, { render: templateRenderer(plan.templatesDir, jobs) });
    return { report, watched: [...paths, templatesDir, ...inputs] };
  } catch (error) {
    if (error instanceof UnreadableInputError || error instanceof UnknownMetricsSetError) throw new CliError(error.message, ExitCode.Usage, { cause: error });
    throw error;
  }
}

/**
 * Evaluates the config on `inputs`, prints the outcome and sets the exit code.
 *
 * @example
 * ```ts
 * await runEval(["runs/"], { config: [".resim/metrics/config.resim.yml"], json: true });
 * ```
 */
export async function runEval(inputs: readonly string[], options: EvalCommandOptions): Promise<void> {
  const { report } = await evaluateInputs(inputs, options);
  if (options.html !== undefined) await writePage(report, options.html, pageTitle(options));
  if (options.json) stdout.write(jsonOutput(reportJson(report), options.pretty));
  else printText(report);
  process.exitCode = report.passed ? ExitCode.Ok : ExitCode.Failure;
}

/**
 * `preview --config … INPUT`: writes the evaluation's page to `output` and
 * returns a one-line summary of it.
 *
 * @example
 * ```ts
 * console.log(await writeEvaluationPage("runs/", "eval.html", { config: ["config.resim.yml"] }));
 * ```
 */
export async function writeEvaluationPage(input: string, output: string, options: Pick<EvalCommandOptions, "config" | "set" | "templates">): Promise<string> {
  const { report } = await evaluateInputs([input], options);
  await writePage(report, output, pageTitle(options));
  return summary(report);
}

/** A path to watch for changes: a folder (with what is under it), or the folder of a file. */
function watchTarget(path: string): { path: string; recursive: boolean } {
  try {
    return statSync(path).isDirectory() ? { path: resolve(path), recursive: true } : { path: dirname(resolve(path)), recursive: false };
  } catch {
    return { path: dirname(resolve(path)), recursive: false };
  }
}

/**
 * `preview --config … --serve INPUT`: serves the evaluation's page on
 * 127.0.0.1 and evaluates again whenever a config file, a template or the
 * emissions change, reloading open pages; returns the server.
 *
 * @example
 * ```ts
 * const server = await serveEvaluation("runs/", { config: ["config.resim.yml"] }, (line) => console.log(line));
 * console.log(server.url);
 * ```
 */
export async function serveEvaluation(input: string, options: Pick<EvalCommandOptions, "config" | "set" | "templates"> & { port?: number | undefined }, log: (line: string) => void) {
  const { servePage } = await import("../preview/serve_preview.ts");
  const { evalPageHtml } = await import("../preview/write_eval_page.ts");
  const first = await evaluateInputs([input], options);
  const title = pageTitle(options);
  let firstReport: EvaluationReport | undefined = first.report;
  const render = async (live: string) => {
    const report = firstReport ?? (await evaluateInputs([input], options)).report;
    firstReport = undefined;
    return { html: await evalPageHtml(report, title, live), servedFiles: new Map<string, string>() };
  };
  return servePage(
    { title, watch: [...new Map(first.watched.map(watchTarget).map((target) => [target.path, target])).values()], render },
    {
      ...(options.port === undefined ? {} : { port: options.port }),
      onUpdate: (update) => log("page" in update ? "Evaluated again" : `resim-metrics: ${update.error.message}`),
    },
  );
}
