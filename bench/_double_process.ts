/**
 * The API double in a process of its own, for benchmarks whose figures must
 * not include the double's work: it serves a synthetic batch and prints
 * where, as one JSON line, until its standard input closes.
 * @module
 */

import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

/** Where a served batch is. */
export interface ServedBatch {
  apiURL: string;
  projectID: string;
  batchID: string;
}

/** A child process, its output lines, and how to end it. */
export interface Child {
  lines: AsyncIterator<string>;
  /** Closes its standard input, which ends the double. */
  close(): void;
  done: Promise<void>;
}

/** Runs `command` with its stdout read line by line; its stderr is shown unless `quiet`. */
export function child(command: string, args: readonly string[], options: { env?: NodeJS.ProcessEnv; quiet?: boolean } = {}): Child {
  const proc = spawn(command, args, { stdio: ["pipe", "pipe", options.quiet ? "ignore" : "inherit"], env: options.env ?? process.env });
  const lines = createInterface({ input: proc.stdout! })[Symbol.asyncIterator]();
  const done = new Promise<void>((resolve) => proc.on("exit", () => resolve()));
  return { lines, close: () => proc.stdin!.end(), done };
}

/** The next line of `lines`, parsed as JSON. */
export async function firstLine<T>(lines: AsyncIterator<string>): Promise<T> {
  const line = await lines.next();
  if (line.done) throw new Error("Cannot run the benchmark: a child process ended without output");
  return JSON.parse(line.value) as T;
}

/** Starts the double in a child process serving a batch of `jobs` synthetic jobs (10 metrics, 20 metrics data each). */
export async function startDoubleProcess(jobs: number, latency: number): Promise<{ served: ServedBatch; stop(): Promise<void> }> {
  const double = child(process.execPath, [fileURLToPath(import.meta.url), String(jobs), String(latency)]);
  const served = await firstLine<ServedBatch>(double.lines);
  return {
    served,
    stop: async () => {
      double.close();
      await double.done;
    },
  };
}

/** Child role: serve the batch and print where. */
async function serve(jobs: number, latency: number): Promise<void> {
  const { startApiDouble } = await import("../test/_double/server.ts");
  const { syntheticBatch, testToken } = await import("../test/_double/scenarios.ts");
  const scenario = syntheticBatch(jobs, 10);
  const double = await startApiDouble({ world: scenario.world, token: testToken, latency, validate: false });
  process.stdout.write(`${JSON.stringify({ apiURL: double.apiURL, ...scenario.ref })}\n`);
  process.stdin.resume();
  process.stdin.on("end", () => void double.close());
}

if (import.meta.main) await serve(Number(process.argv[2]), Number(process.argv[3]));
