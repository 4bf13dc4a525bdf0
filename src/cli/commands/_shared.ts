/**
 * Options several commands share, so each is spelled and described once.
 * @module
 */

import { Option } from "@commander-js/extra-typings";

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
