/**
 * Options several commands share, so each is spelled and described once.
 * Every command module imports this one as the CLI starts, so every command
 * pays for what it imports: constants and commander only, never work.
 * @module
 */

import { Option } from "@commander-js/extra-typings";
import { debugEnabled } from "../errors.ts";
// The constants straight from their modules: the modes index would load every mode (and node:fs/promises) for every command.
import { DEFAULT_INPUTS_DIR, INPUTS_DIR_ENV, OUTPUTS_DIR_ENV } from "../../modes/folders.ts";
import { MODE_NAMES } from "../../modes/mode_names.ts";
import { defaultOutputsDir } from "../../sdk/output_layout.ts";

/** The message types a metrics file may hold, as `--type` names them. */
export const messageTypes = ["JobMetrics", "Metric", "MetricsData"] as const;

/** `--type <type>`: read the input as this message type instead of detecting it. */
export function typeOption() {
  return new Option("--type <type>", "read the file as this message type instead of detecting it").choices(messageTypes);
}

/** `--json`: print machine-readable output; `what` says what is printed. */
export function jsonOption(what: string) {
  return new Option("--json", `print ${what} as JSON`);
}

/** `--pretty`: indent JSON output for people. */
export function prettyOption() {
  return new Option("--pretty", "indent the JSON (with --json)");
}

/** `--inputs <dir>`: the folder the platform mounts the inputs in. */
export function inputsOption() {
  return new Option("--inputs <dir>", `inputs folder (default: $${INPUTS_DIR_ENV} or ${DEFAULT_INPUTS_DIR})`);
}

/** `--outputs <dir>`: the folder metrics.binproto is written to. */
export function outputsOption() {
  return new Option("--outputs <dir>", `outputs folder (default: $${OUTPUTS_DIR_ENV} or ${defaultOutputsDir})`);
}

/** `--mode <mode>`: skip detection. */
export function modeOption() {
  return new Option("--mode <mode>", "use this mode instead of detecting it from the inputs").choices(MODE_NAMES);
}

/**
 * Whether failures of `command` print debug details: the program's `--debug`
 * (which the subcommand's typed options do not include) or `RESIM_METRICS_DEBUG=1`.
 */
export function debugRequested(command: { optsWithGlobals(): object }): boolean {
  return debugEnabled((command.optsWithGlobals() as { debug?: boolean }).debug);
}

/** `--config <file>`, repeatable: Metrics 2.0 config files, in order. */
export function configFilesOption(description: string) {
  return new Option("--config <file>", description).argParser((file: string, previous: string[] | undefined) => [...(previous ?? []), file]);
}
