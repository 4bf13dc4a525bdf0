/**
 * Loading the metrics config files a command names, with the failures users
 * act on: an unreadable file is a usage error (exit 2) naming it.
 * @module
 */

import { ConfigReadError, loadMetricsConfig, type MergedConfig } from "../../config/index.ts";
import { CliError, ExitCode } from "../errors.ts";

/** Reads and merges `files` (the default config when empty). */
export function loadConfigForCli(files: readonly string[]): MergedConfig {
  try {
    return loadMetricsConfig(files);
  } catch (error) {
    if (error instanceof ConfigReadError) throw new CliError(error.message.replace(/\.$/, ""), ExitCode.Usage, { cause: error });
    throw error;
  }
}
