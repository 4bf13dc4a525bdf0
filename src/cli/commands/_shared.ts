/**
 * Options several subcommands share, defined once so that their spelling and
 * help read the same everywhere.
 * @module
 */

import { Option } from "@commander-js/extra-typings";
import { DEFAULT_INPUTS_DIR, DEFAULT_OUTPUTS_DIR, INPUTS_DIR_ENV, MODE_NAMES, OUTPUTS_DIR_ENV } from "../../modes/index.ts";

/** `--inputs <dir>`: the folder the platform mounts the inputs in. */
export function inputsOption() {
  return new Option("--inputs <dir>", `inputs folder (default: $${INPUTS_DIR_ENV} or ${DEFAULT_INPUTS_DIR})`);
}

/** `--outputs <dir>`: the folder metrics.binproto is written to. */
export function outputsOption() {
  return new Option("--outputs <dir>", `outputs folder (default: $${OUTPUTS_DIR_ENV} or ${DEFAULT_OUTPUTS_DIR})`);
}

/** `--mode <mode>`: skip detection. */
export function modeOption() {
  return new Option("--mode <mode>", "use this mode instead of detecting it from the inputs").choices(MODE_NAMES);
}

/** `--json`: machine-readable output. */
export function jsonOption() {
  return new Option("--json", "print JSON instead of text");
}
