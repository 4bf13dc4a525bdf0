/**
 * `resim-metrics validate`: checks metrics files against every rule ReSim
 * applies and reports all violations. Sets exit code 1 when a file is
 * invalid and 2 when one cannot be read as a JobMetrics.
 * @module
 */

import process from "node:process";
import { validateJobMetrics } from "../../validate/index.ts";
import { decodeJobMetrics, readInput } from "../_input.ts";
import { CliError, describeFailure, ExitCode } from "../errors.ts";
import { jsonOutput } from "../json_output.ts";
import { stylesFor } from "../terminal.ts";
import { renderReport, renderTotals, reportJson, type FileOutcome } from "./render.ts";

/** Options of `validate`. */
export interface ValidateOptions {
  readonly json?: boolean;
  readonly pretty?: boolean;
  /** Print causes of unreadable files (`--debug`). */
  readonly debug: boolean;
}

/** Validates each file in turn, printing as it goes (text) or once at the end (JSON). */
export async function validate(files: readonly string[], options: ValidateOptions): Promise<void> {
  const { stdout, stderr } = process;
  const styles = stylesFor(stdout);
  const outcomes: FileOutcome[] = [];
  for (const file of files) {
    const label = file === "-" ? "standard input" : file;
    let outcome: FileOutcome;
    try {
      // The rules need the lengths of numeric series, never their values.
      outcome = { file, label, report: validateJobMetrics(decodeJobMetrics(await readInput(file), { lengthsOnly: true })) };
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      stderr.write(`${describeFailure(error, options.debug)}\n`);
      outcome = { file, label, failure: error.message };
    }
    outcomes.push(outcome);
    if (!options.json && "report" in outcome) stdout.write(renderReport(outcome, styles));
  }
  if (options.json) stdout.write(jsonOutput(reportJson(outcomes), options.pretty));
  else if (outcomes.length > 1) stdout.write(renderTotals(outcomes));
  const unreadable = outcomes.some((o) => "failure" in o);
  const invalid = outcomes.some((o) => "report" in o && !o.report.valid);
  if (unreadable || invalid) process.exitCode = unreadable ? ExitCode.Usage : ExitCode.Failure;
}
