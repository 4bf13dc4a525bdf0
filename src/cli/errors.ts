/**
 * Errors the CLI turns into a one-line message and an exit code, and the
 * exit codes themselves.
 * @module
 */

import { env } from "node:process";

/** Process exit codes shared by every command (documented in docs/exit_codes.md). */
export const ExitCode = {
  /** Success; for `validate`, every file is valid. */
  Ok: 0,
  /** The input was read but is invalid, or the user's script failed. */
  Failure: 1,
  /** Bad usage, or an input that could not be read or is not what was expected. */
  Usage: 2,
} as const;

/** An exit code from {@link ExitCode}. */
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/**
 * A failure the user can act on: `message` is one line saying what failed,
 * where, and what to do. The CLI prints it without a stack trace (unless
 * `--debug`), then any `details` lines (such as the frames of a failed
 * user script), and exits with `exitCode`.
 */
export class CliError extends Error {
  override name = "CliError";
  /** The process exit code this failure maps to. */
  readonly exitCode: ExitCode;
  /** Lines printed under the message, e.g. where in the user's code it failed. */
  readonly details: readonly string[];

  constructor(message: string, exitCode: ExitCode = ExitCode.Usage, options?: ErrorOptions & { details?: readonly string[] }) {
    super(message, options);
    this.exitCode = exitCode;
    this.details = options?.details ?? [];
  }
}

/** Whether failures print stack traces: the `--debug` flag or `RESIM_METRICS_DEBUG=1`. */
export function debugEnabled(flag: boolean | undefined): boolean {
  return flag === true || env["RESIM_METRICS_DEBUG"] === "1";
}

/**
 * The text printed for a failure: one line for a {@link CliError}, then its
 * detail lines (plus its cause's stack under `debug`); for anything else,
 * which is a bug, the stack under `debug` and otherwise one line asking for it.
 */
export function describeFailure(error: unknown, debug: boolean): string {
  if (error instanceof CliError) {
    const lines = [`resim-metrics: ${error.message}`, ...error.details];
    if (debug && error.cause !== undefined) lines.push(stackOf(error.cause));
    return lines.join("\n");
  }
  return debug ? stackOf(error) : `resim-metrics: internal error: ${String(error)} (rerun with --debug for details)`;
}

function stackOf(error: unknown): string {
  return error instanceof Error && error.stack !== undefined ? error.stack : String(error);
}

/**
 * A usage error as commander words it (`error: unknown command 'valdate'\n(Did
 * you mean validate?)\n`) in the CLI's one style: one line, prefixed with
 * the program's name, ending with what to do.
 *
 * @example
 * usageErrorLine("error: unknown command 'valdate'\n(Did you mean validate?)\n");
 * // "resim-metrics: unknown command 'valdate'; did you mean validate? (run with --help for usage)"
 */
export function usageErrorLine(commanderText: string): string {
  const what = commanderText
    .trim()
    .replace(/^error: /, "")
    .replace(/\n\(Did you mean (.*)\?\)$/, "; did you mean $1?")
    .replace(/\.$/, "")
    .replace(/\. (\w)/g, (_, first: string) => `: ${first.toLowerCase()}`);
  return `resim-metrics: ${what} (run with --help for usage)`;
}
