/**
 * Runs the CLI in this process, as `main(args)`, capturing what it writes
 * to standard output and standard error (process.stderr and the
 * `standardError` log lines go to).
 * @module
 */

import process from "node:process";
import { main } from "../../src/cli/main.ts";
import { standardError } from "../../src/cli/standard_error.ts";

/** What one run printed and returned. */
export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `resim-metrics <args>` with output captured (not a TTY, so without colour). */
export async function run(...args: string[]): Promise<RunResult> {
  const out: string[] = [];
  const err: string[] = [];
  const { stdout, stderr } = process;
  const writes = [stdout.write, stderr.write, standardError.write] as const;
  const capture = (sink: string[]) =>
    ((chunk: string | Uint8Array) => {
      sink.push(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));
      return true;
    }) as typeof stdout.write;
  stdout.write = capture(out);
  stderr.write = capture(err);
  standardError.write = capture(err);
  // A command's exit code is the run's result, not the test process's.
  const exitCode = process.exitCode;
  try {
    const code = await main(args);
    return { code, stdout: out.join(""), stderr: err.join("") };
  } finally {
    [stdout.write, stderr.write, standardError.write] = writes;
    process.exitCode = exitCode;
  }
}
