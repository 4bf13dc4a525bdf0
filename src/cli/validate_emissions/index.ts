/**
 * `resim-metrics validate` for emissions files (`.jsonl`, or any file with
 * `--config`): streams each file, checks every line against the config's
 * topics, and lists the problems by line number, capped per file with a
 * count of the rest. Exit codes as for metrics files: 1 invalid, 2 unreadable.
 * @module
 */

import { createReadStream, statSync } from "node:fs";
import process from "node:process";
import { ConfigReadError, formatConfigProblem, resolveConfigPaths, topicBlockers, type MergedConfig } from "../../config/index.ts";
import { EmissionsValidator, type EmissionProblem } from "../../emissions/index.ts";
import { forEachLine, readFailure } from "../../files/index.ts";
import { countOf } from "../../text/index.ts";
import { loadConfigForCli } from "../config/load.ts";
import { CliError, describeFailure, ExitCode } from "../errors.ts";
import { jsonOutput } from "../json_output.ts";
import { stylesFor, type Styles } from "../terminal.ts";


/** Options of `validate` for emissions files. */
export interface ValidateEmissionsOptions {
  /** Config files; when absent, the default config if there is one. */
  readonly config?: readonly string[];
  readonly json?: boolean;
  readonly pretty?: boolean;
  readonly debug: boolean;
}

/** Problems listed per file; the rest are counted. */
const LISTED_PROBLEMS = 100;

interface FileReport {
  readonly file: string;
  readonly lines: number;
  readonly errors: number;
  readonly warnings: number;
  readonly listed: readonly EmissionProblem[];
  readonly topics: ReadonlyMap<string, number>;
}

type Outcome = FileReport | { readonly file: string; readonly failure: string };

/** Validates each emissions file in turn, printing as it goes (text) or once at the end (JSON). */
export async function validateEmissions(files: readonly string[], options: ValidateEmissionsOptions): Promise<void> {
  const { stdout, stderr } = process;
  const styles = stylesFor(stdout);
  const merged = configFor(options.config);
  if (!options.json) {
    const against = merged === undefined ? "no metrics config found: checking the shape of lines only (--config names one)" : `checking against ${merged.files.map((f) => f.file).join(" + ")}`;
    stderr.write(`${against}\n`);
  }
  const outcomes: Outcome[] = [];
  for (const file of files) {
    let outcome: Outcome;
    try {
      outcome = await validateFile(file, merged);
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      stderr.write(`${describeFailure(error, options.debug)}\n`);
      outcome = { file, failure: error.message };
    }
    outcomes.push(outcome);
    if (!options.json && "lines" in outcome) stdout.write(renderReport(outcome, styles));
  }
  if (options.json) stdout.write(jsonOutput(reportJson(outcomes, merged), options.pretty));
  else if (outcomes.length > 1) {
    const valid = outcomes.filter((o) => "lines" in o && o.errors === 0).length;
    const unreadable = outcomes.filter((o) => "failure" in o).length;
    const parts = [`${valid} valid`, `${outcomes.length - valid - unreadable} invalid`, ...(unreadable > 0 ? [`${unreadable} unreadable`] : [])];
    stdout.write(`${countOf(outcomes.length, "file")}: ${parts.join(", ")}\n`);
  }
  const unreadable = outcomes.some((o) => "failure" in o);
  const invalid = outcomes.some((o) => "lines" in o && o.errors > 0);
  if (unreadable || invalid) process.exitCode = unreadable ? ExitCode.Usage : ExitCode.Failure;
}

/** The config to check against: the named files, else the default one if it exists. A broken config stops the command. */
function configFor(files: readonly string[] | undefined): MergedConfig | undefined {
  if (files === undefined) {
    try {
      resolveConfigPaths([]);
    } catch (error) {
      if (error instanceof ConfigReadError) return undefined;
      throw error;
    }
  }
  const merged = loadConfigForCli(files ?? []);
  const blockers = topicBlockers(merged);
  if (blockers.length > 0) {
    throw new CliError(`Cannot check emissions against this config: ${formatConfigProblem(blockers[0]!)}${blockers.length > 1 ? ` (and ${countOf(blockers.length - 1, "more problem")}; run config check)` : ""}`, ExitCode.Usage);
  }
  return merged;
}

async function validateFile(file: string, merged: MergedConfig | undefined): Promise<FileReport> {
  const label = file === "-" ? "standard input" : `"${file}"`;
  if (file !== "-") {
    try {
      if (statSync(file).isDirectory()) throw new CliError(`Cannot read ${label}: it is a folder`, ExitCode.Usage);
    } catch (error) {
      if (error instanceof CliError) throw error;
      throw new CliError(`Cannot read ${label}: ${readFailure(error)}`, ExitCode.Usage, { cause: error });
    }
  }
  const validator = new EmissionsValidator(merged?.config.topics);
  const listed: EmissionProblem[] = [];
  let errors = 0;
  let warnings = 0;
  const report = (problem: EmissionProblem) => {
    if (problem.severity === "error") errors++;
    else warnings++;
    if (listed.length < LISTED_PROBLEMS) listed.push(problem);
  };
  const stream = file === "-" ? process.stdin : createReadStream(file, { highWaterMark: 1 << 16 });
  let read;
  try {
    read = await forEachLine(stream, (text, line) => validator.check(text, line, report));
  } catch (error) {
    throw new CliError(`Cannot read ${label}: ${readFailure(error)}`, ExitCode.Usage, { cause: error });
  }
  if (!read.endsWithNewline) report({ line: read.lines, severity: "warning", message: "the last line has no newline: the file may have been cut short" });
  return { file, lines: read.lines, errors, warnings, listed, topics: validator.topicCounts };
}

/** `line 12: error: topic 'position', field 'y': expected type int, …`, with the hint indented below. */
function formatProblem(problem: EmissionProblem, styles?: Styles): string {
  const context = [problem.topic === undefined ? undefined : `topic '${problem.topic}'`, problem.field === undefined ? undefined : `field '${problem.field}'`].filter((part) => part !== undefined);
  const severity = styles === undefined ? problem.severity : problem.severity === "error" ? styles.red("error") : styles.yellow("warning");
  const where = context.length === 0 ? "" : `${context.join(", ")}: `;
  return `line ${problem.line}: ${severity}: ${where}${problem.message}`;
}

function renderReport(report: FileReport, styles: Styles): string {
  const label = report.file === "-" ? "standard input" : report.file;
  const counts = [countOf(report.lines, "line"), countOf(report.topics.size, "topic")];
  const verdict =
    report.errors === 0
      ? `${styles.green("valid")} (${counts.join(", ")}${report.warnings > 0 ? `, ${countOf(report.warnings, "warning")}` : ""})`
      : `${styles.red("invalid")} (${[countOf(report.errors, "error"), ...(report.warnings > 0 ? [countOf(report.warnings, "warning")] : [])].join(", ")} in ${countOf(report.lines, "line")})`;
  const lines = [`${label}: ${verdict}`];
  for (const problem of report.listed) {
    lines.push(`  ${formatProblem(problem, styles)}`);
    if (problem.hint !== undefined) lines.push(`    ${styles.dim(`hint: ${problem.hint}`)}`);
  }
  const unlisted = report.errors + report.warnings - report.listed.length;
  if (unlisted > 0) lines.push(`  … and ${countOf(unlisted, "more problem")} (the first ${LISTED_PROBLEMS} are listed)`);
  return `${lines.join("\n")}\n`;
}

function reportJson(outcomes: readonly Outcome[], merged: MergedConfig | undefined) {
  return {
    valid: outcomes.every((o) => "lines" in o && o.errors === 0),
    config: merged === undefined ? null : merged.files.map((file) => file.file),
    files: outcomes.map((o) =>
      "lines" in o
        ? {
            file: o.file,
            valid: o.errors === 0,
            lines: o.lines,
            errors: o.errors,
            warnings: o.warnings,
            topics: Object.fromEntries(o.topics),
            problems: o.listed.map((problem) => ({ ...problem, text: formatProblem(problem) })),
            unlisted: o.errors + o.warnings - o.listed.length,
          }
        : { file: o.file, valid: false, unreadable: o.failure },
    ),
  };
}
