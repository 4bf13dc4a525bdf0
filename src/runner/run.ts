/**
 * The lifecycle of `resim-metrics run`: select the mode, load the script,
 * run its handler with a fresh context, then write `metrics.binproto`
 * atomically. The script's hooks are released whatever happens, and an
 * output is either written whole or not at all.
 * @module
 */

import { join, resolve } from "node:path";
import { type Folders, type ModeInputs, type ModeName, selectMode } from "../modes/index.ts";
import { MetricsWriter, type MetricStatus, type WriteResult } from "../sdk/index.ts";
import { formatViolation, InvalidMetricsError } from "../validate/index.ts";
import { createContext } from "./context.ts";
import { chooseHandler, ScriptContractError } from "./define.ts";
import type { Logger } from "./logger.ts";
import { createOutputFolder, writeFileAtomic } from "./output_files.ts";
import { type LoadedScript, loadScript, ScriptLoadError } from "./script_loader.ts";
import { ScriptError } from "./script_error.ts";
import { SourcePositions } from "./source_positions.ts";
import { explainUserError } from "./user_stack.ts";

/** The file the platform reads the metrics from. */
export const METRICS_FILE = "metrics.binproto";

/** What {@link runMetricsScript} needs. */
export interface RunOptions {
  /** Path of the user's script. */
  readonly scriptPath: string;
  /** The inputs and outputs folders. */
  readonly folders: Folders;
  /** A mode to use instead of detecting it. */
  readonly mode?: ModeName | undefined;
  /** The module scripts import as `resim-metrics`. */
  readonly exposedModule: Readonly<Record<string, unknown>>;
  /** Where progress goes. */
  readonly log: Logger;
  /** The job id written into the metrics; random by default. */
  readonly jobId?: string | undefined;
}

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

/** The writer's output, or a {@link ScriptError} listing every rule the metrics break. */
function writeMetrics(writer: MetricsWriter, outputPath: string, scriptPath: string): WriteResult {
  try {
    return writer.write();
  } catch (error) {
    if (!(error instanceof InvalidMetricsError)) throw error;
    const { errors } = error.report;
    const count = `${errors.length} error${errors.length === 1 ? "" : "s"}`;
    const details = errors.map((violation) => `  ${formatViolation(violation)}`);
    throw new ScriptError(`Cannot write "${outputPath}": the metrics are invalid (${count})`, scriptPath, { cause: error, details });
  }
}

async function loadUserScript(options: RunOptions): Promise<LoadedScript> {
  const positions = new SourcePositions();
  try {
    return await loadScript(options.scriptPath, { exposedModule: options.exposedModule, positions });
  } catch (error) {
    if (error instanceof ScriptLoadError) throw error;
    const path = resolve(options.scriptPath);
    throw scriptFailure(`Cannot load script "${path}"`, { path, positions }, error);
  }
}

/** Calls the script's handler for the mode, if it has one; returns whether it had. */
async function runHandler(loaded: LoadedScript, inputs: ModeInputs, writer: MetricsWriter, outputsDir: string, log: Logger): Promise<boolean> {
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
    await handler(createContext(inputs, outputsDir, writer, log));
    return true;
  } catch (error) {
    throw scriptFailure(`Cannot run the ${inputs.mode} handler of "${loaded.path}"`, loaded, error);
  }
}

/**
 * Runs the script at `options.scriptPath` in the mode the inputs select and
 * writes `metrics.binproto` to the outputs folder.
 * @throws {ModeDetectionError | InputError} when the inputs select no mode or a config is malformed
 * @throws {ScriptLoadError} when the script file is missing or not a script
 * @throws {ScriptError} when the script throws while loading or in its handler, or its metrics are invalid
 * @throws {OutputError} when the output cannot be written
 */
export async function runMetricsScript(options: RunOptions): Promise<RunSummary> {
  const { folders, log } = options;
  const inputs = await selectMode(folders.inputsDir, options.mode);
  for (const warning of inputs.warnings) log.warn(warning);
  log.debug(`${inputs.mode} mode, inputs "${folders.inputsDir}", outputs "${folders.outputsDir}"`);

  await createOutputFolder(folders.outputsDir);
  const loaded = await loadUserScript(options);
  try {
    const writer = new MetricsWriter({ outputsDir: folders.outputsDir, ...(options.jobId === undefined ? {} : { jobId: options.jobId }) });
    const handled = await runHandler(loaded, inputs, writer, folders.outputsDir, log);
    const outputPath = join(folders.outputsDir, METRICS_FILE);
    const { bytes, status, message, report } = writeMetrics(writer, outputPath, loaded.path);
    for (const warning of report.warnings) log.warn(formatViolation(warning));
    await writeFileAtomic(outputPath, bytes);
    const metricCount = message.jobLevelMetrics?.metrics.length ?? 0;
    log.info(`Wrote ${metricCount} metric${metricCount === 1 ? "" : "s"} to "${outputPath}"`);
    return { mode: inputs.mode, outputPath, handled, metricCount, status };
  } finally {
    loaded.unload();
  }
}
