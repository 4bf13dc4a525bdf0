/**
 * Usage: node bench/sdk.ts [--runs N]
 *
 * The SDK on large series: 10 line plots of 1,000,000 points (one shared x
 * series, an own y series and an own status series each), built, written
 * (packed, validated, serialized) and saved as `metrics.binproto`. Each run
 * is a fresh child process, so its peak RSS is the whole job's, run two
 * ways: bundled into one JavaScript file as the binary ships the SDK, and
 * from the TypeScript sources (Node's type stripping adds its own memory).
 * Prints the median run of each beside the goal and ReSim's Python SDK on
 * the same job.
 * @module
 */

import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { buildSync } from "esbuild";
import type { JobFigures } from "./_sdk_job.ts";
import { median } from "./_median.ts";

const job = fileURLToPath(new URL("_sdk_job.ts", import.meta.url));
const goal = { ms: 800, mb: 330 };
const python = { ms: 13_500, mb: 548 };

interface Figures extends JobFigures {
  wallMs: number;
}

/** Runs `script` in a fresh Node process `runs` times. */
function measure(script: string, runs: number): Figures[] {
  const results: Figures[] = [];
  for (let i = 0; i < runs; i++) {
    const outputsDir = mkdtempSync(join(tmpdir(), "resim-bench-sdk-"));
    try {
      const start = performance.now();
      const child = spawnSync(process.execPath, [script, outputsDir], { encoding: "utf8" });
      const wallMs = performance.now() - start;
      if (child.status !== 0) throw new Error(`Cannot run the benchmark: ${script} exited with ${child.status}: ${child.stderr}`);
      results.push({ ...(JSON.parse(child.stdout) as JobFigures), wallMs });
    } finally {
      rmSync(outputsDir, { recursive: true, force: true });
    }
  }
  return results;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

function report(label: string, results: Figures[]): string {
  const m = (pick: (r: Figures) => number) => median(results.map(pick));
  const jobMs = m((r) => r.buildMs + r.writeMs + r.saveMs);
  const mb = m((r) => r.peakRss) / 1e6;
  const verdict = jobMs <= goal.ms && mb <= goal.mb ? "goal met" : "goal NOT met";
  console.log(
    `  ${label}: generate data ${seconds(m((r) => r.generateMs))}, build ${seconds(m((r) => r.buildMs))}, ` +
      `write() ${seconds(m((r) => r.writeMs))}, save ${seconds(m((r) => r.saveMs))}; ` +
      `file ${(m((r) => r.fileBytes) / 1e6).toFixed(1)} MB; process ${seconds(m((r) => r.wallMs))}`,
  );
  return `  ${label.padEnd(22)}${seconds(jobMs).padStart(9)}${`${mb.toFixed(0)} MB`.padStart(11)}   ${(python.ms / jobMs).toFixed(1)}x faster, ${(python.mb / mb).toFixed(2)}x less memory; ${verdict}`;
}

const args = process.argv.slice(2);
const runsAt = args.indexOf("--runs");
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 5;
if (!Number.isInteger(runs) || runs < 1) throw new RangeError(`Cannot run the benchmark: --runs ${args[runsAt + 1]} is not a positive integer`);

const bundleDir = mkdtempSync(join(tmpdir(), "resim-bench-bundle-"));
try {
  const bundle = join(bundleDir, "sdk_job.mjs");
  buildSync({ entryPoints: [job], bundle: true, format: "esm", platform: "node", outfile: bundle, logLevel: "warning" });
  console.log(`SDK: 10 line plots x 1,000,000 points (shared x, own y and statuses), median of ${runs} runs each`);
  const rows = [report("bundled (as shipped)", measure(bundle, runs)), report("from TS sources", measure(job, runs))];
  console.log("");
  console.log(`  ${"".padEnd(22)}${"build+write+save".padStart(9)}  peak RSS`);
  for (const row of rows) console.log(row);
  console.log(`  ${"goal".padEnd(22)}${seconds(goal.ms).padStart(9)}${`${goal.mb} MB`.padStart(11)}`);
  console.log(`  ${"ReSim Python SDK".padEnd(22)}${seconds(python.ms).padStart(9)}${`${python.mb} MB`.padStart(11)}`);
} finally {
  rmSync(bundleDir, { recursive: true, force: true });
}
