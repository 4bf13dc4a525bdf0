/**
 * The lifecycle of `resim-metrics run`: select the mode, load the script,
 * run its handler with a fresh context, then write `metrics.binproto`
 * atomically. The script's hooks are released whatever happens, and an
 * output is either written whole or not at all.
 * @module
 */

import { join, resolve } from "node:path";
import { silentProgress, type ProgressReporter } from "../api/progress.ts";
import { type Folders, type ModeInputs, type ModeName, selectMode } from "../modes/index.ts";
import { metricsFileName, MetricsRangeError, MetricsTypeError, MetricsWriter, type MetricStatus, seededIds, type WriteResult } from "../sdk/index.ts";
import { countOf } from "../text/index.ts";
import { formatViolation, InvalidMetricsError } from "../validate/index.ts";
import { settledOrStalled } from "./_settle.ts";
import { createContext, type DataOptions } from "./context.ts";
import { isDataError } from "./data_source.ts";
import { chooseHandler, type MetricsScript, ScriptContractError } from "./define.ts";
import type { Logger } from "./logger.ts";
import { createOutputFolder, removeInterruptedWrites, writeOutputFile } from "./output_files.ts";
import { selectReplay } from "./replay.ts";
import { type LoadedScript, loadScript, ScriptLoadError } from "./script_loader.ts";
import { ScriptError } from "./script_error.ts";
import { SourcePositions } from "./source_positions.ts";
import { explainUserError } from "./user_stack.ts";

/** A script that ships inside resim-metrics, run instead of a user's file. */
export interface BuiltInScript {
  /** How messages name it, e.g. `--default-report`. */
  readonly name: string;
  /** What a script file would default-export. */
  readonly script: MetricsScript;
}

/** The script a run executes: a user's file, or a built-in one. */
export type RunScript = { readonly scriptPath: string } | { readonly builtIn: BuiltInScript };

/** What {@link runMetricsScript} needs besides the script. */
export interface RunSettings {
  /** The inputs and outputs folders. */
  readonly folders: Folders;
  /** A mode to use instead of detecting it. */
  readonly mode?: ModeName | undefined;
  /**
   * A folder saved by `resim-metrics fetch` to replay: batch and report
   * handlers read it instead of the API, and its manifest decides the mode.
   */
  readonly from?: string | undefined;
  /** The module scripts import as `resim-metrics`. */
  readonly exposedModule: Readonly<Record<string, unknown>>;
  /** Where progress goes. */
  readonly log: Logger;
  /** Receives the progress of batch fetches; nothing is shown by default. */
  readonly progress?: ProgressReporter | undefined;
  /** Draw every id (job, metrics, data, events) from `seededIds(seed)`, so the same inputs give the same bytes. */
  readonly seed?: number | undefined;
}

/** What {@link runMetricsScript} needs. */
export type RunOptions = RunScript & RunSettings;

/** What a run wrote. */
export interface RunSummary {
  readonly mode: ModeName;
  /** Absolute path of the `metrics.binproto` written. */
  readonly outputPath: string;
  /** Whether the script had a handler for the mode (without one, the result is empty). */
  readonly handled: boolean;
  /** How many metrics the job has. */
  readonly metricCount: number;
  /** The job status written. */
  readonly status: MetricStatus;
}

function scriptFailure(action: string, loaded: Pick<LoadedScript, "path" | "positions">, thrown: unknown): ScriptError {
  if (thrown instanceof ScriptContractError) return new ScriptError(`${action}: ${thrown.message}`, loaded.path, { cause: thrown });
  const { summary, details } = explainUserError(thrown, loaded.positions);
  return new ScriptError(`${action}: ${summary}`, loaded.path, { cause: thrown, details });
}

/**
 * The writer's output, or a {@link ScriptError}: the metrics disagree with
 * themselves (a legend per series, an index that suits its data), or they
 * break rules, each listed.
 */
function writeMetrics(writer: MetricsWriter, outputPath: string, scriptPath: string): WriteResult {
  try {
    return writer.write();
  } catch (error) {
    if (error instanceof MetricsRangeError || error instanceof MetricsTypeError) throw new ScriptError(error.message, scriptPath, { cause: error });
    if (!(error instanceof InvalidMetricsError)) throw error;
    const { errors } = error.report;
    const details = errors.map((violation) => `  ${formatViolation(violation)}`);
    throw new ScriptError(`Cannot write "${outputPath}": the metrics are invalid (${countOf(errors.length, "error")})`, scriptPath, { cause: error, details });
  }
}

async function loadUserScript(options: RunOptions): Promise<LoadedScript> {
  const positions = new SourcePositions();
  if ("builtIn" in options) {
    return { path: options.builtIn.name, exports: { default: options.builtIn.script }, positions, unload: () => {} };
  }
  try {
    return await loadScript(options.scriptPath, { exposedModule: options.exposedModule, positions });
  } catch (error) {
    if (error instanceof ScriptLoadError) throw error;
    const path = resolve(options.scriptPath);
    throw scriptFailure(`Cannot load script "${path}"`, { path, positions }, error);
  }
}

/**
 * Calls the script's handler for the mode, if it has one; returns whether it
 * had. Failures to read batch or report data are rethrown as they are: they
 * are about the inputs, not the script.
 */
async function runHandler(loaded: LoadedScript, inputs: ModeInputs, writer: MetricsWriter, outputsDir: string, log: Logger, data: DataOptions): Promise<boolean> {
  try {
    const { handler, unknownKeys } = chooseHandler(loaded.exports, inputs.mode);
    if (unknownKeys.length > 0) {
      const which = unknownKeys.length === 1 ? "is not a mode" : "are not modes";
      log.warn(`The script's handlers include ${unknownKeys.map((key) => `"${key}"`).join(", ")}, which ${which} (expected test, batch or report)`);
    }
    if (handler === undefined) {
      log.info(`The script has no ${inputs.mode} handler: writing an empty result`);
      return false;
    }
    await settledOrStalled(handler(createContext(inputs, outputsDir, writer, log, data)));
    return true;
  } catch (error) {
    if (isDataError(error)) throw error;
    throw scriptFailure(`Cannot run the ${inputs.mode} handler of "${loaded.path}"`, loaded, error);
  }
}

/**
 * Runs the script (`options.scriptPath`, or a built-in one) in the mode the
 * inputs select, or that the replayed folder holds, and writes
 * `metrics.binproto` to the outputs folder.
 * @throws {ModeDetectionError | InputError} when the inputs select no mode or a config is malformed
 * @throws {FolderError} when the replayed folder is not a finished fetch, contradicts the inputs, or lacks a file
 * @throws {ApiError | UnusableResponseError} when batch or report data cannot be read from the API
 * @throws {ScriptLoadError} when the script file is missing or not a script
 * @throws {ScriptError} when the script throws while loading or in its handler, or its metrics are invalid
 * @throws {OutputError} when the output cannot be written
 */
export async function runMetricsScript(options: RunOptions): Promise<RunSummary> {
  const { folders, log, from } = options;
  const inputs = from === undefined ? await selectMode(folders.inputsDir, options.mode) : await selectReplay(folders.inputsDir, from, options.mode);
  for (const warning of inputs.warnings) log.warn(warning);
  log.debug(`${inputs.mode} mode, inputs "${folders.inputsDir}", outputs "${folders.outputsDir}"${from === undefined ? "" : `, replaying "${from}"`}`);

  await createOutputFolder(folders.outputsDir);
  for (const name of await removeInterruptedWrites(folders.outputsDir)) {
    log.info(`Removed "${name}", left in "${folders.outputsDir}" by a run that ended while writing`);
  }
  const loaded = await loadUserScript(options);
  try {
    const writer = new MetricsWriter({
      outputsDir: folders.outputsDir,
      ...(options.seed === undefined ? {} : { idGenerator: seededIds(options.seed) }),
    });
    const data: DataOptions = { from, progress: options.progress ?? silentProgress };
    const handled = await runHandler(loaded, inputs, writer, folders.outputsDir, log, data);
    const outputPath = join(folders.outputsDir, metricsFileName);
    const { bytes, status, message, report } = writeMetrics(writer, outputPath, loaded.path);
    for (const warning of report.warnings) log.warn(formatViolation(warning));
    await writeOutputFile(outputPath, bytes);
    const metricCount = message.jobLevelMetrics?.metrics.length ?? 0;
    log.info(`Wrote ${countOf(metricCount, "metric")} to "${outputPath}"`);
    return { mode: inputs.mode, outputPath, handled, metricCount, status };
  } finally {
    loaded.unload();
  }
}
