/**
 * The work behind `resim-metrics run`: wires the runner to the process
 * (environment, stderr, fetch progress, the SDK module, the built-in
 * default report), writes the preview page on request, and turns failures
 * into CLI errors with the right exit codes.
 * @module
 */

import { resolve } from "node:path";
import { terminalProgress } from "../api/progress.ts";
import type { ModeName } from "../modes/index.ts";
import { resolveFolders } from "../modes/index.ts";
import * as exposedModule from "../mod.ts";
import { MetricStatusNames } from "../proto/index.ts";
import { createLogger, type Logger, OutputError, runMetricsScript, type RunScript, type RunSummary, ScriptError, ScriptLoadError } from "../runner/index.ts";
import { CliError, ExitCode } from "./errors.ts";
import { inputFailure } from "./input_failure.ts";
import { jsonOutput } from "./json_output.ts";
import { standardError } from "./standard_error.ts";

/** The options of `run`. */
export interface RunCommandOptions {
  readonly inputs?: string | undefined;
  readonly outputs?: string | undefined;
  readonly mode?: ModeName | undefined;
  readonly from?: string | undefined;
  readonly defaultReport?: true | undefined;
  readonly preview?: true | undefined;
  readonly seed?: number | undefined;
  readonly quiet?: true | undefined;
  readonly json?: true | undefined;
  readonly pretty?: true | undefined;
  readonly debug: boolean;
}

/** The user's script, or the built-in default report. */
async function chooseScript(script: string | undefined, defaultReport: boolean): Promise<RunScript> {
  if (script !== undefined && defaultReport) throw new CliError("Cannot run: give a script or --default-report, not both");
  if (script !== undefined) return { scriptPath: script };
  if (!defaultReport) throw new CliError("Cannot run: give a script, or --default-report for the built-in report metrics");
  const { defaultReportScript } = await import("../reports/index.ts");
  return { builtIn: { name: "--default-report", script: defaultReportScript } };
}

/** Writes the preview page of the metrics at `outputPath` beside it; returns its path. */
async function writePreviewBeside(outputPath: string, log: Logger): Promise<string> {
  const { PlotlyUnavailableError, PreviewFileError, writePreview } = await import("../preview/index.ts");
  try {
    const { path } = await writePreview(outputPath);
    log.info(`Wrote the preview to "${path}"`);
    return path;
  } catch (error) {
    if (error instanceof PreviewFileError) throw new CliError(error.message, ExitCode.Usage, { cause: error });
    if (error instanceof PlotlyUnavailableError) throw new CliError(error.message, ExitCode.Failure, { cause: error });
    throw error;
  }
}

/** What `run --json` prints: the run's summary, its status by name, and the preview page (null without `--preview`). */
function summaryJson(summary: RunSummary, previewPath: string | null): object {
  return { ...summary, status: MetricStatusNames[summary.status] ?? summary.status, previewPath };
}

/**
 * Runs `script` (or the default report); resolves when `metrics.binproto`
 * (and the preview) is written, after printing the summary with `json`.
 */
export async function runScriptCommand(script: string | undefined, options: RunCommandOptions): Promise<void> {
  const progress = terminalProgress(standardError, { quiet: options.quiet ?? false });
  // A log line clears the progress line first, which the next update redraws.
  const write = (line: string): void => {
    progress.finish();
    standardError.write(line);
  };
  const log = createLogger({ write, debug: options.debug });
  const chosen = await chooseScript(script, options.defaultReport ?? false);
  let summary: RunSummary;
  try {
    summary = await runMetricsScript({
      ...chosen,
      folders: resolveFolders(options, process.env),
      mode: options.mode,
      from: options.from === undefined ? undefined : resolve(options.from),
      seed: options.seed,
      exposedModule,
      log,
      progress,
    });
  } catch (error) {
    if (error instanceof ScriptError) throw new CliError(error.message, ExitCode.Failure, { cause: error, details: error.details });
    if (error instanceof ScriptLoadError || error instanceof OutputError) throw new CliError(error.message, ExitCode.Usage, { cause: error });
    inputFailure(error);
  }
  const previewPath = options.preview ? await writePreviewBeside(summary.outputPath, log) : null;
  if (options.json) process.stdout.write(jsonOutput(summaryJson(summary, previewPath), options.pretty));
}
