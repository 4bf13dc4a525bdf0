/**
 * Usage: node bench/validate_emissions.ts [--lines N] [--runs N]
 *
 * `resim-metrics validate --config` on emissions files of N and 2N lines
 * (default 1,000,000; three topics, one an event topic; generated once into
 * .cache/bench/), as whole processes: lines per second against the goal of
 * 1,000,000/s, and peak RSS for both sizes (goal: flat, the file is
 * streamed). Runs dist/resim-metrics if built, else an esbuild bundle of the
 * CLI. Side by side: ReSim's Python Emitter checking the same lines (parsed
 * with json.loads, each through its schema check), when resim-sdk 1.6.0 can
 * be installed; upstream has no file validator of its own.
 * @module
 */

import { spawnSync } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { IMPORT_EMISSIONS, PYTHON_SDK, pythonSdk } from "../test/_python_sdk.ts";
import { cliCommand, positiveIntegerOption } from "./_cli.ts";
import { median } from "./_median.ts";

const root = fileURLToPath(new URL("../", import.meta.url));
const cacheDir = `${root}.cache/bench/`;
const GOAL_LINES_PER_S = 1_000_000;
const CONFIG = `version: 1
topics:
  position: {schema: {x: float, y: float, step: int}}
  status: {schema: {mode: string, ok: boolean, tags: "string[]"}}
  incidents: {event: true, schema: {name: string, description: string, status: status, tags: "string[]", metrics: "metric[]"}}
`;

const PYTHON_CHECK = `${IMPORT_EMISSIONS}
import json, sys, time
config, path = sys.argv[1], sys.argv[2]
start = time.perf_counter()
emitter = emissions.Emitter(config_path=config, output_path="/dev/null")
lines = 0
with open(path, encoding="utf8") as f:
    for line in f:
        emission = json.loads(line)
        emitter._validate_data(emission["$metadata"]["topic"], emission["$data"])
        lines += 1
print(json.dumps({"ms": (time.perf_counter() - start) * 1000, "lines": lines}))
`;

const args = process.argv.slice(2);
const lineCount = positiveIntegerOption(args, "--lines", 1_000_000);
const runs = positiveIntegerOption(args, "--runs", 3);

/** The emissions file of `lines` lines, written once. */
async function emissionsFile(lines: number): Promise<string> {
  const path = `${cacheDir}emissions-${lines}.resim.jsonl`;
  if (existsSync(path)) return path;
  mkdirSync(cacheDir, { recursive: true });
  process.stdout.write(`generating ${path.slice(root.length)} ... `);
  const out = createWriteStream(path);
  let chunk = "";
  for (let i = 0; i < lines; i++) {
    const t = 1_757_039_356_353_349_217n + BigInt(i) * 1_000_000n;
    if (i % 100 === 99) {
      chunk += `{"$metadata": {"topic": "incidents", "timestamp": ${t}, "event": true}, "$data": {"name": "stop ${i}", "description": "stopped at step ${i}", "status": "PASSED", "tags": ["stop"], "metrics": []}}\n`;
    } else if (i % 10 === 9) {
      chunk += `{"$metadata": {"topic": "status", "timestamp": ${t}}, "$data": {"mode": "cruise", "ok": true, "tags": ["a", "b"]}}\n`;
    } else {
      chunk += `{"$metadata": {"topic": "position", "timestamp": ${t}}, "$data": {"x": ${i * 0.5 + 0.25}, "y": ${(i % 1000) / 7}, "step": ${i}}}\n`;
    }
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
      chunk = "";
    }
  }
  out.end(chunk);
  await new Promise<void>((resolve) => out.on("finish", () => resolve()));
  process.stdout.write("done\n");
  return path;
}

/** Median wall time, CPU time and peak RSS of `runs` runs of `command` (GNU time reports CPU and RSS). */
function measure(command: readonly string[]): { ms: number; cpuMs: number; rssMb: number } {
  const samples: number[] = [];
  const cpu: number[] = [];
  const rss: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const child = spawnSync("/usr/bin/time", ["-f", "%U %S %M", ...command], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
    samples.push(performance.now() - start);
    if (child.status !== 0) throw new Error(`Cannot run the benchmark: ${command.join(" ")} exited with ${child.status}: ${child.stderr}`);
    const [user, system, maxRss] = child.stderr.trim().split("\n").at(-1)!.split(" ").map(Number) as [number, number, number];
    cpu.push((user + system) * 1000);
    rss.push(maxRss / 1024);
  }
  return { ms: median(samples), cpuMs: median(cpu), rssMb: median(rss) };
}

const config = `${cacheDir}emissions-config.resim.yml`;
mkdirSync(cacheDir, { recursive: true });
writeFileSync(config, CONFIG);
const small = await emissionsFile(lineCount);
const large = await emissionsFile(lineCount * 2);
const { command, description } = await cliCommand(`${cacheDir}resim-metrics.mjs`);
if (!existsSync("/usr/bin/time")) throw new Error("Cannot run the benchmark: /usr/bin/time (GNU time) is needed to measure peak RSS");

console.log(`validate --config on emissions files, whole processes, median of ${runs} runs`);
console.log(`CLI: ${description}\n`);
const rate = (lines: number, ms: number) => (lines / ms) * 1000;
const rows = [small, large].map((file, index) => {
  const lines = lineCount * (index + 1);
  const figures = measure([...command, "validate", "--config", config, file]);
  const perSecond = rate(lines, figures.ms);
  console.log(
    `  ${`${lines.toLocaleString("en")} lines (${(statSync(file).size / 1e6).toFixed(0)} MB)`.padEnd(28)}${`${figures.ms.toFixed(0)} ms`.padStart(9)}  ${`${(perSecond / 1e6).toFixed(2)} M lines/s`.padStart(15)}` +
      `   CPU ${`${figures.cpuMs.toFixed(0)} ms`.padStart(8)}  ${`${(rate(lines, figures.cpuMs) / 1e6).toFixed(2)} M lines/CPU-s`.padStart(19)}   peak RSS ${figures.rssMb.toFixed(0)} MB`,
  );
  return { lines, perSecond, cpuPerSecond: rate(lines, figures.cpuMs), ...figures };
});
const [first, second] = rows as [(typeof rows)[0], (typeof rows)[0]];
console.log(
  `\n  goal ≥ ${(GOAL_LINES_PER_S / 1e6).toFixed(1)} M lines/s: ${first.perSecond >= GOAL_LINES_PER_S ? "met" : "NOT met"} by wall time (${(first.perSecond / GOAL_LINES_PER_S).toFixed(2)}× the goal), ` +
    `${first.cpuPerSecond >= GOAL_LINES_PER_S ? "met" : "NOT met"} by CPU time (${(first.cpuPerSecond / GOAL_LINES_PER_S).toFixed(2)}×, what an unloaded core gives); ` +
    `peak RSS at 2× the lines: ${(second.rssMb / first.rssMb).toFixed(2)}× (flat: ${second.rssMb <= first.rssMb * 1.15 ? "yes" : "NO"})`,
);

const sdk = pythonSdk();
if ("skip" in sdk) console.log(`  Python (${PYTHON_SDK}) json.loads + Emitter checks: unavailable: ${sdk.skip}`);
else {
  const child = spawnSync(sdk.python, ["-c", PYTHON_CHECK, config, small], { encoding: "utf8" });
  if (child.status !== 0) throw new Error(`Cannot run the benchmark: Python exited with ${child.status}: ${child.stderr}`);
  const python = JSON.parse(child.stdout) as { ms: number };
  console.log(`  Python (${PYTHON_SDK}) json.loads + Emitter checks, in-process: ${python.ms.toFixed(0)} ms; ours (whole process) ${(first.ms / python.ms).toFixed(3)}× its time`);
}
