/**
 * Usage: node bench/emitter.ts [--points N] [--runs N]
 *
 * Emitting N points (default 1,000,000) of three fields, checked against a
 * config's schema, one `emit` call per point with a timestamp: our Emitter
 * (bundled, as the binary ships it) and ReSim's Python Emitter (resim-sdk
 * 1.6.0 in a virtualenv under .cache/, when it can be installed), each in a
 * fresh process, timed from construction to `close()`. Goal: ours ≤ 0.1× Python's time.
 * @module
 */

import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildSync } from "esbuild";
import { IMPORT_EMISSIONS, PYTHON_SDK, pythonSdk } from "../test/_python_sdk.ts";
import { positiveIntegerOption } from "./_cli.ts";
import { median } from "./_median.ts";

const GOAL_RATIO = 0.1;
const CONFIG = "version: 1\ntopics:\n  position:\n    schema:\n      x: float\n      y: float\n      step: int\n";

const PYTHON_JOB = `${IMPORT_EMISSIONS}
import json, sys, time
config, output, points = sys.argv[1], sys.argv[2], int(sys.argv[3])
start = time.perf_counter()
cpu_start = time.process_time()
emitter = emissions.Emitter(config_path=config, output_path=output)
for i in range(points):
    emitter.emit("position", {"x": i * 0.5, "y": i * 0.25 + 0.125, "step": i}, i * 1000000)
emitter.close()
print(json.dumps({"ms": (time.perf_counter() - start) * 1000, "cpuMs": (time.process_time() - cpu_start) * 1000}))
`;

const args = process.argv.slice(2);
const points = positiveIntegerOption(args, "--points", 1_000_000);
const runs = positiveIntegerOption(args, "--runs", 3);

const work = mkdtempSync(join(tmpdir(), "resim-bench-emitter-"));
try {
  const config = join(work, "config.resim.yml");
  writeFileSync(config, CONFIG);
  // Inside the repository, so that the bundle finds the yaml package.
  const job = fileURLToPath(new URL("../.cache/bench/emitter_job.mjs", import.meta.url));
  buildSync({
    entryPoints: [fileURLToPath(new URL("_emitter_job.ts", import.meta.url))],
    bundle: true,
    format: "esm",
    platform: "node",
    outfile: job,
    logLevel: "warning",
  });

  /** Median time of `runs` fresh processes of `command`, each writing a new file; and the file's size. */
  const measure = (command: string, commandArgs: (output: string) => string[]) => {
    const samples: number[] = [];
    const cpuSamples: number[] = [];
    let bytes = 0;
    for (let i = 0; i < runs; i++) {
      const output = join(work, `run-${command.length}-${i}.jsonl`);
      const child = spawnSync(command, commandArgs(output), { encoding: "utf8" });
      if (child.status !== 0) throw new Error(`Cannot run the benchmark: ${command} exited with ${child.status}: ${child.stderr}`);
      const figures = JSON.parse(child.stdout) as { ms: number; cpuMs: number };
      samples.push(figures.ms);
      cpuSamples.push(figures.cpuMs);
      bytes = statSync(output).size;
      rmSync(output);
    }
    return { ms: median(samples), cpuMs: median(cpuSamples), bytes };
  };

  console.log(`Emitter: ${points.toLocaleString("en")} points × 3 fields, schema-checked, one emit() per point; median of ${runs} fresh processes\n`);
  const ours = measure(process.execPath, (output) => [job, config, output, String(points)]);
  const rate = (ms: number) => `${((points / ms) * 1000 / 1e6).toFixed(2)} M points/s`;
  const row = (label: string, figures: { ms: number; cpuMs: number; bytes: number }) =>
    console.log(`  ${label.padEnd(34)}${`${figures.ms.toFixed(0)} ms`.padStart(9)}${`${figures.cpuMs.toFixed(0)} ms`.padStart(10)}  ${rate(figures.ms)}  (${(figures.bytes / 1e6).toFixed(1)} MB written)`);
  console.log(`  ${"".padEnd(34)}${"wall".padStart(9)}${"CPU".padStart(10)}`);
  row("resim-metrics Emitter (bundled)", ours);
  const sdk = pythonSdk();
  if ("skip" in sdk) {
    console.log(`  ${`Python Emitter (${PYTHON_SDK})`.padEnd(34)}unavailable: ${sdk.skip}`);
    console.log(`\n  ratio: not measured (goal ≤ ${GOAL_RATIO}× the Python Emitter's time needs it on this machine)`);
  } else {
    const python = measure(sdk.python, (output) => ["-c", PYTHON_JOB, config, output, String(points)]);
    row(`Python Emitter (${PYTHON_SDK})`, python);
    const ratio = ours.ms / python.ms;
    const cpuRatio = ours.cpuMs / python.cpuMs;
    console.log(`\n  ratio: ${ratio.toFixed(3)}× the Python Emitter's wall time, ${cpuRatio.toFixed(3)}× its CPU time (goal ≤ ${GOAL_RATIO}×): ${ratio <= GOAL_RATIO ? "goal met" : "goal NOT met"}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
