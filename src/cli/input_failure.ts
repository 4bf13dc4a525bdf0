/**
 * Mapping failures of the inputs (no mode detected, a malformed config, a
 * missing script) to the CLI error the user sees: one line, exit code 2.
 * @module
 */

import { InputError, ModeDetectionError } from "../modes/index.ts";
import { CliError, ExitCode } from "./errors.ts";

/** Rethrows `error` as a usage-class {@link CliError} when it is about the inputs; otherwise as is. */
export function inputFailure(error: unknown): never {
  if (error instanceof InputError || error instanceof ModeDetectionError) {
    throw new CliError(error.message, ExitCode.Usage, { cause: error });
  }
  throw error;
}
