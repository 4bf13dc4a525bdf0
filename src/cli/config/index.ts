/**
 * `resim-metrics config check` and `config merge`: every problem of a
 * Metrics 2.0 config (one or several files merged as sync merges them), and
 * the merged YAML sync would upload.
 * @module
 */

import { dirname, join } from "node:path";
import process from "node:process";
import { checkMetricsConfig, formatConfigPath, formatConfigProblem, toConfigYaml, type ConfigProblem, type MergedConfig } from "../../config/index.ts";
import { countOf } from "../../text/index.ts";
import { ExitCode } from "../errors.ts";
import { jsonOutput } from "../json_output.ts";
import { stylesFor, type Styles } from "../terminal.ts";
import { loadConfigForCli } from "./load.ts";

/** Options of `config check`. */
export interface ConfigCheckOptions {
  readonly json?: boolean;
  readonly pretty?: boolean;
  /** The templates folder; default: `templates` beside the first config file. */
  readonly templates?: string;
}

/** Checks the config `files` make up, prints every problem, and sets exit code 1 when there are errors. */
export function configCheck(files: readonly string[], options: ConfigCheckOptions): void {
  const merged = loadConfigForCli(files);
  const templatesDir = options.templates ?? join(dirname(merged.files[0]!.file), "templates");
  const problems = checkMetricsConfig(merged, { templatesDir });
  const errors = problems.filter((problem) => problem.severity === "error").length;
  const { stdout } = process;
  if (options.json) {
    const report = {
      valid: errors === 0,
      files: merged.files.map((file) => file.file),
      templates: templatesDir,
      counts: sectionCounts(merged),
      problems: problems.map((problem) => ({ ...problemJson(problem), text: formatConfigProblem(problem) })),
    };
    stdout.write(jsonOutput(report, options.pretty));
  } else {
    const styles = stylesFor(stdout);
    for (const problem of problems) stdout.write(`${formatConfigProblem(problem, { severity: severityStyle(styles) })}\n`);
    stdout.write(`${summary(merged, problems, styles)}\n`);
  }
  if (errors > 0) process.exitCode = ExitCode.Failure;
}

/** Prints the merged YAML of `files`; with errors, prints them instead and sets exit code 1. */
export function configMerge(files: readonly string[]): void {
  const merged = loadConfigForCli(files);
  const { stdout, stderr } = process;
  const styles = stylesFor(stderr);
  for (const problem of merged.problems) stderr.write(`${formatConfigProblem(problem, { severity: severityStyle(styles) })}\n`);
  if (merged.problems.some((problem) => problem.severity === "error")) {
    stderr.write(`resim-metrics: not merged: fix the errors above (config check lists every problem)\n`);
    process.exitCode = ExitCode.Failure;
    return;
  }
  stdout.write(toConfigYaml(merged.config));
}

function severityStyle(styles: Styles) {
  return (severity: ConfigProblem["severity"]) => (severity === "error" ? styles.red(severity) : styles.yellow(severity));
}

function problemJson(problem: ConfigProblem) {
  const { severity, location, path, message } = problem;
  return { severity, file: location.file, line: location.line, column: location.column, path, key: formatConfigPath(path), message };
}

function sectionCounts(merged: MergedConfig) {
  const { config } = merged;
  return {
    topics: Object.keys(config.topics).length,
    metrics: Object.keys(config.metrics).length,
    metricsSets: Object.keys(config["metrics sets"]).length,
    dashboards: Object.keys(config.dashboards).length,
  };
}

/** `config.resim.yml: valid (3 topics, 5 metrics, 1 metrics set, 0 dashboards)` or `… invalid (2 errors, 1 warning)`. */
function summary(merged: MergedConfig, problems: readonly ConfigProblem[], styles: Styles): string {
  const errors = problems.filter((problem) => problem.severity === "error").length;
  const warnings = problems.length - errors;
  const label = merged.files.map((file) => file.file).join(" + ");
  if (errors > 0) {
    const counts = [countOf(errors, "error"), ...(warnings > 0 ? [countOf(warnings, "warning")] : [])];
    return `${label}: ${styles.red("invalid")} (${counts.join(", ")})`;
  }
  const counts = sectionCounts(merged);
  const parts = [countOf(counts.topics, "topic"), countOf(counts.metrics, "metric"), countOf(counts.metricsSets, "metrics set"), countOf(counts.dashboards, "dashboard")];
  const warned = warnings > 0 ? `, ${countOf(warnings, "warning")}` : "";
  return `${label}: ${styles.green("valid")} (${parts.join(", ")}${warned})`;
}
