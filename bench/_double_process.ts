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

/** What the double in its own process serves, and how. */
export interface DoubleShape {
  jobs: number;
  /** Milliseconds added to every answer. */
  latency: number;
  /** Histogram metrics per job, each with a values and a statuses data. @default 10 */
  histograms?: number;
  /** The share of requests that fail transiently (503, 429, reset, truncated body), drawn per send. @default 0 */
  faults?: number;
}

/** What the double did, as it reports when stopped. */
export interface DoubleWork {
  /** CPU time spent serving, in ms: from the moment it printed where to the moment it was stopped. */
  cpuMs: number;
}

/** Starts the double in a child process serving a batch of synthetic jobs. */
export async function startDoubleProcess(shape: DoubleShape): Promise<{ served: ServedBatch; stop(): Promise<DoubleWork> }> {
  const args = [shape.jobs, shape.latency, shape.histograms ?? 10, shape.faults ?? 0].map(String);
  const double = child(process.execPath, [fileURLToPath(import.meta.url), ...args]);
  const served = await firstLine<ServedBatch>(double.lines);
  return {
    served,
    stop: async () => {
      double.close();
      const work = await firstLine<DoubleWork>(double.lines);
      await double.done;
      return work;
    },
  };
}

/** Child role: serve the batch, print where, and print a {@link DoubleWork} when stdin closes. */
async function serve(jobs: number, latency: number, histograms: number, faults: number): Promise<void> {
  const { startApiDouble } = await import("../test/_double/server.ts");
  const { syntheticBatch, testToken } = await import("../test/_double/scenarios.ts");
  const { transientFaults } = await import("../test/_double/faults.ts");
  const scenario = syntheticBatch(jobs, histograms);
  const double = await startApiDouble({ world: scenario.world, token: testToken, latency, validate: false });
  // Each kind is drawn on its own: together they fail `faults` of the sends.
  const probability = 1 - (1 - faults) ** (1 / transientFaults.length);
  if (faults > 0) for (const fault of transientFaults) double.addFault({ probability, fault });
  process.stdout.write(`${JSON.stringify({ apiURL: double.apiURL, ...scenario.ref })}\n`);
  const serving = process.cpuUsage();
  process.stdin.resume();
  process.stdin.on("end", () => {
    const cpu = process.cpuUsage(serving);
    const work: DoubleWork = { cpuMs: (cpu.user + cpu.system) / 1000 };
    process.stdout.write(`${JSON.stringify(work)}\n`);
    void double.close();
  });
}

if (import.meta.main) {
  const [jobs, latency, histograms, faults] = process.argv.slice(2, 6).map(Number);
  await serve(jobs!, latency!, histograms!, faults!);
}
