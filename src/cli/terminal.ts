/**
 * Styling for terminal output: colour only when the stream is a TTY and the
 * user has not opted out (NO_COLOR, https://no-color.org), or has forced it
 * (FORCE_COLOR).
 * @module
 */

import { env } from "node:process";

/** A stream that may be a terminal. */
export interface OutputStream {
  readonly isTTY?: boolean;
}

/** Whether output to `stream` should carry ANSI colour codes. */
function colorEnabled(stream: OutputStream): boolean {
  if (env["NO_COLOR"]) return false;
  if (env["FORCE_COLOR"] !== undefined) return env["FORCE_COLOR"] !== "0";
  return stream.isTTY === true && env["TERM"] !== "dumb";
}

/** ANSI styles that collapse to plain text when colour is disabled. */
export interface Styles {
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
  cyan(text: string): string;
}

const plain: Styles = {
  bold: (t) => t,
  dim: (t) => t,
  red: (t) => t,
  yellow: (t) => t,
  green: (t) => t,
  cyan: (t) => t,
};

const sgr = (open: number, close: number) => (text: string) => `\x1b[${open}m${text}\x1b[${close}m`;

const ansi: Styles = {
  bold: sgr(1, 22),
  dim: sgr(2, 22),
  red: sgr(31, 39),
  yellow: sgr(33, 39),
  green: sgr(32, 39),
  cyan: sgr(36, 39),
};

/** The styles to use when writing to `stream`. */
export function stylesFor(stream: OutputStream): Styles {
  return colorEnabled(stream) ? ansi : plain;
}
