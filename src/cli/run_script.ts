/**
 * The work behind `resim-metrics run`: wires the runner to the process
 * (environment, stderr, the SDK module) and turns its failures into CLI
 * errors with the right exit codes.
 * @module
 */

import { stderr } from "node:process";
import type { ModeName } from "../modes/index.ts";
import { resolveFolders } from "../modes/index.ts";
import * as exposedModule from "../mod.ts";
import { createLogger, OutputError, runMetricsScript, ScriptError, ScriptLoadError } from "../runner/index.ts";
import { CliError, ExitCode } from "./errors.ts";
import { inputFailure } from "./input_failure.ts";

/** The options of `run`. */
export interface RunCommandOptions {
  readonly inputs?: string | undefined;
  readonly outputs?: string | undefined;
  readonly mode?: ModeName | undefined;
  readonly debug: boolean;
}

/** Runs `script`; resolves when `metrics.binproto` is written. */
export async function runScriptCommand(script: string, options: RunCommandOptions): Promise<void> {
  const log = createLogger({ write: (line) => stderr.write(line), debug: options.debug });
  try {
    await runMetricsScript({ scriptPath: script, folders: resolveFolders(options, process.env), mode: options.mode, exposedModule, log });
  } catch (error) {
    if (error instanceof ScriptError) throw new CliError(error.message, ExitCode.Failure, { cause: error, details: error.details });
    if (error instanceof ScriptLoadError || error instanceof OutputError) throw new CliError(error.message, ExitCode.Usage, { cause: error });
    inputFailure(error);
  }
}
