/**
 * A one-line progress display for long fetches ("jobs 120/1000, 3.4 MB"),
 * shown only when the stream is a terminal, and silenced by `quiet`.
 * @module
 */

import { formatBytes } from "../text/index.ts";
import type { FetchProgress } from "./batch.ts";

/** Where progress goes: stderr or a test double of it. */
export interface ProgressStream {
  readonly isTTY?: boolean;
  write(text: string): unknown;
}

/** Receives progress updates; `finish` clears the line. */
export interface ProgressReporter {
  update(progress: FetchProgress): void;
  finish(): void;
}

/** Options of {@link terminalProgress}. */
export interface ProgressOptions {
  /** Show nothing. @default false */
  quiet?: boolean;
  /** Milliseconds between redraws. @default 100 */
  interval?: number;
  /** The clock redraws are throttled by. @default performance.now */
  now?: () => number;
}

/** A reporter that shows nothing. */
export const silentProgress: ProgressReporter = { update() {}, finish() {} };

/** A reporter drawing on `stream` (stderr by default) when it is a TTY and not `quiet`. */
export function terminalProgress(stream: ProgressStream = process.stderr, options: ProgressOptions = {}): ProgressReporter {
  if (options.quiet || stream.isTTY !== true) return silentProgress;
  const interval = options.interval ?? 100;
  const now = options.now ?? (() => performance.now());
  let last = -Infinity;
  let drawn = false;
  return {
    update(progress) {
      const time = now();
      const complete = progress.jobsTotal !== undefined && progress.jobsDone >= progress.jobsTotal;
      if (time - last < interval && !complete) return;
      last = time;
      drawn = true;
      const total = progress.jobsTotal === undefined ? "" : `/${progress.jobsTotal}`;
      stream.write(`\r\x1b[Kjobs ${progress.jobsDone}${total}, ${formatBytes(progress.bytes)}`);
    },
    finish() {
      if (drawn) stream.write("\r\x1b[K");
    },
  };
}
