/**
 * Mapping failures of the inputs (no mode detected, a malformed config, a
 * missing script, batch or report data that cannot be read from the API or
 * a fetched folder) to the CLI error the user sees: one line, exit code 2.
 * @module
 */

import { InputError, ModeDetectionError } from "../modes/index.ts";
import { isDataError } from "../runner/data_source.ts";
import { CliError, ExitCode } from "./errors.ts";

/** Rethrows `error` as a usage-class {@link CliError} when it is about the inputs; otherwise as is. */
export function inputFailure(error: unknown): never {
  if (error instanceof InputError || error instanceof ModeDetectionError || isDataError(error)) {
    throw new CliError(error.message, ExitCode.Usage, { cause: error });
  }
  throw error;
}
