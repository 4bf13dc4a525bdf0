/**
 * The logger a metrics script and the runner write progress to: one line
 * per call (objects are not broken over lines), prefixed with its level, on
 * stderr, tokens scrubbed.
 * @module
 */

import { formatWithOptions } from "node:util";
import { redactSecrets } from "../modes/index.ts";

/** Where a script reports progress; arguments are formatted like `console.log`'s. */
export interface Logger {
  /** Details shown only with `--debug`. */
  debug(...data: unknown[]): void;
  /** Progress. */
  info(...data: unknown[]): void;
  /** Something looks wrong but the run goes on. */
  warn(...data: unknown[]): void;
  /** Something failed. */
  error(...data: unknown[]): void;
}

/** Where log lines go and how chatty to be. */
export interface LoggerOptions {
  /** Receives each formatted line, newline included. */
  readonly write: (line: string) => void;
  /** Whether `debug` lines are shown. */
  readonly debug: boolean;
}

/** A {@link Logger} writing `level: message` lines. */
export function createLogger(options: LoggerOptions): Logger {
  const line =
    (level: string) =>
    (...data: unknown[]): void =>
      options.write(redactSecrets(`${level}: ${formatWithOptions({ breakLength: Infinity }, ...data)}\n`));
  return {
    debug: options.debug ? line("debug") : () => {},
    info: line("info"),
    warn: line("warning"),
    error: line("error"),
  };
}
