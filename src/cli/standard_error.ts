/**
 * Standard error for the lines a command logs as it works: written straight
 * to file descriptor 2, as Node writes process.stderr to files, pipes and
 * terminals on Linux (synchronously), but without creating process.stderr,
 * whose first use loads Node's stream modules, and its network modules for a
 * pipe: about 2 ms of a `run` that logs one line.
 * @module
 */

import { fstatSync, writeSync } from "node:fs";

/** Whether descriptor 2 is a terminal; a file or pipe, the usual case, is told apart without loading node:tty. */
function isTerminal(): boolean {
  try {
    return fstatSync(2).isCharacterDevice() && process.getBuiltinModule("node:tty").isatty(2);
  } catch {
    return false;
  }
}

/**
 * Standard error as a stream a log or progress display writes to.
 *
 * @example
 * ```ts
 * standardError.write("info: Wrote 1 metric\n");
 * if (standardError.isTTY) standardError.write("\r\x1b[K");
 * ```
 */
export const standardError = {
  get isTTY(): boolean {
    return isTerminal();
  },
  write(text: string): void {
    const bytes = Buffer.from(text);
    for (let offset = 0; offset < bytes.length; ) {
      try {
        offset += writeSync(2, bytes, offset);
      } catch (error) {
        // A pipe left non-blocking by the parent is full: process.stderr queues the rest.
        if ((error as NodeJS.ErrnoException).code !== "EAGAIN") throw error;
        process.stderr.write(bytes.subarray(offset));
        return;
      }
    }
  },
};
