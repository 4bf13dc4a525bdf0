/**
 * Usage: node bench/codec.ts [--runs N]
 *
 * Times `resim-metrics validate` and `inspect` as whole processes on a
 * JobMetrics of 10 line plots × 1,000,000 points (~98 MB, generated once
 * by test/_fixtures/large_job.ts and cached in .cache/bench/), next to the
 * goal: validate within 150 ms on a 2-core machine, where protobuf's C++
 * parser alone takes 75 ms in-process. Runs dist/resim-metrics when it exists, otherwise a one-file
 * esbuild bundle of src/cli/main.ts run with Node 24. Also prints the
 * in-process decode and validate times that make up the figure.
 * @module
 */

import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { build } from "esbuild";
import { JobMetrics } from "../src/proto/index.ts";
import { validateJobMetrics } from "../src/validate/index.ts";
import { largeJobMetrics } from "../test/_fixtures/large_job.ts";
import { fixturePath } from "../test/_shared.ts";
import { median } from "./_median.ts";

const root = fileURLToPath(new URL("../", import.meta.url));
const cacheDir = `${root}.cache/bench/`;
const PLOTS = 10;
const POINTS = 1_000_000;
const GOAL_MS = 150;
const CPP_PARSE_MS = 75;

const { values: options } = parseArgs({ options: { runs: { type: "string", default: "10" } } });
const runs = Math.max(10, Number(options.runs));

/** The cached input file, written on first use. */
function inputFile(): string {
  const path = `${cacheDir}large-job-${PLOTS}x${POINTS}.binproto`;
  if (!existsSync(path)) {
    mkdirSync(cacheDir, { recursive: true });
    process.stdout.write(`writing ${path} … `);
    writeFileSync(path, JobMetrics.encode(largeJobMetrics(PLOTS, POINTS)));
    process.stdout.write("done\n");
  }
  return path;
}

/** The command that runs the CLI, and how to describe it. */
async function cli(): Promise<{ command: string[]; description: string }> {
  const binary = `${root}dist/resim-metrics`;
  if (existsSync(binary)) return { command: [binary], description: "dist/resim-metrics (single binary)" };
  const bundle = `${cacheDir}resim-metrics.mjs`;
  await build({
    entryPoints: [`${root}src/cli/main.ts`],
    outfile: bundle,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node24",
    logLevel: "warning",
  });
  return { command: [process.execPath, bundle], description: `esbuild bundle .cache/bench/resim-metrics.mjs on Node ${process.version} (dist/resim-metrics not built)` };
}

/** Median and minimum wall time of `runs` runs of `command` (after one warm-up), which must exit with `expectedCode`. */
function timeProcess(command: readonly string[], expectedCode: number): { median: number; min: number } {
  const samples: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const start = performance.now();
    const result = spawnSync(command[0]!, command.slice(1), { stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, NO_COLOR: "1" } });
    const elapsed = performance.now() - start;
    if (result.status !== expectedCode) throw new Error(`${command.join(" ")} exited ${result.status}: ${result.stderr}`);
    if (i > 0) samples.push(elapsed);
  }
  return { median: median(samples), min: Math.min(...samples) };
}

/** Median time of `runs` in-process calls of `work`. */
function timeInProcess(work: () => unknown): number {
  const samples: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const start = performance.now();
    work();
    if (i > 0) samples.push(performance.now() - start);
  }
  return median(samples);
}

const ms = (n: number) => `${n.toFixed(0)} ms`;

const input = inputFile();
const { command, description } = await cli();
const megabytes = (statSync(input).size / 1e6).toFixed(1);
const helloWorld = fixturePath("hello_world.binproto");

console.log(`resim-metrics codec bench: whole processes, median of ${runs} runs after a warm-up`);
console.log(`CLI:   ${description}`);
console.log(`input: ${input.slice(root.length)} (${megabytes} MB, ${PLOTS} line plots × ${POINTS.toLocaleString("en")} points)\n`);

const rows: [string, { median: number; min: number }, number | undefined][] = [
  ["node, empty script (start-up floor)", timeProcess([process.execPath, "-e", ""], 0), undefined],
  ["validate hello_world.binproto (47 kB)", timeProcess([...command, "validate", helloWorld], 0), undefined],
  [`validate ${megabytes} MB`, timeProcess([...command, "validate", input], 0), GOAL_MS],
  [`inspect ${megabytes} MB`, timeProcess([...command, "inspect", input], 0), undefined],
];
const width = Math.max(...rows.map(([label]) => label.length));
console.log(`${"case".padEnd(width)}  ${"median".padStart(8)}  ${"min".padStart(8)}  ${"goal".padStart(8)}  ${"median/goal".padStart(11)}`);
for (const [label, time, goal] of rows) {
  const ratio = goal === undefined ? "" : `${(time.median / goal).toFixed(2)}×`;
  console.log(`${label.padEnd(width)}  ${ms(time.median).padStart(8)}  ${ms(time.min).padStart(8)}  ${(goal === undefined ? "" : ms(goal)).padStart(8)}  ${ratio.padStart(11)}`);
}

const bytes = new Uint8Array(readFileSync(input));
const decoded = JobMetrics.decode(bytes);
const decodeMs = timeInProcess(() => JobMetrics.decode(bytes));
const validateMs = timeInProcess(() => validateJobMetrics(decoded));
console.log(`\nin-process, median of ${runs}: decode ${ms(decodeMs)} (protobuf C++: ${ms(CPP_PARSE_MS)}, ratio ${(decodeMs / CPP_PARSE_MS).toFixed(2)}×), validate ${validateMs.toFixed(2)} ms`);
