/**
 * Whole-process start-up of `resim-metrics run noop.ts` (one scalar metric,
 * metrics.binproto written), the headline figure, side by side with the
 * floor of a Node 24 single-executable app and the goals.
 *
 * Usage: node bench/startup.ts [--runs <n>] [--code-cache] [--filter <regex>]
 *   --runs <n>        rounds; each round runs every case once, interleaved (default 40)
 *   --code-cache      also build and time a binary started from a code cache
 *   --filter <regex>  time only the cases whose name matches
 *
 * Builds dist/resim-metrics first if it is missing (npm run build).
 */

import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { Metafile } from "esbuild";
import { buildBinary, bundleCli, makeExecutable, megabytes } from "../build/build.ts";

const repo = fileURLToPath(new URL("..", import.meta.url));
const binary = join(repo, "dist/resim-metrics");
/** Measured on this machine kind with ReSim's Python SDK (import, one scalar metric, validate, write). */
const pythonSdkMs = 134;
const goalMs = 47;

const noopScript = `import { defineMetrics, MetricImportance, MetricStatus } from "resim-metrics";
export default defineMetrics({
  test(ctx): void {
    ctx.writer.addScalarMetric("noop").withValue(1)
      .withStatus(MetricStatus.PASSED_METRIC_STATUS).withImportance(MetricImportance.LOW_IMPORTANCE);
  },
});
`;

/** The modules `entry` imports statically, directly or not: what evaluating it evaluates. */
function staticClosure(meta: Metafile, entry: string): Set<string> {
  const seen = new Set<string>();
  const pending = [entry];
  for (let path = pending.pop(); path !== undefined; path = pending.pop()) {
    const input = meta.inputs[path];
    if (seen.has(path) || input === undefined) continue;
    seen.add(path);
    for (const edge of input.imports) if (edge.kind !== "dynamic-import" && edge.external !== true) pending.push(edge.path);
  }
  return seen;
}

interface Case {
  readonly name: string;
  readonly command: readonly string[];
}

function median(sorted: readonly number[]): number {
  const middle = sorted.length / 2;
  return sorted.length % 2 === 1 ? sorted[Math.floor(middle)]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function timeOnce(command: readonly string[]): number {
  const start = process.hrtime.bigint();
  const result = spawnSync(command[0]!, command.slice(1), { stdio: ["ignore", "ignore", "pipe"] });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${command.join(" ")} failed: ${result.stderr.toString()}`);
  return elapsed;
}

const { values } = parseArgs({ options: { runs: { type: "string" }, "code-cache": { type: "boolean" }, filter: { type: "string" } } });
const rounds = Number(values.runs ?? 40);
const work = mkdtempSync(join(tmpdir(), "resim-metrics-bench-"));
try {
  if (!existsSync(binary)) console.log(await buildBinary(binary, "snapshot"));
  writeFileSync(join(work, "floor.cjs"), 'require("node:fs").writeFileSync(process.argv[2], "");\n');
  makeExecutable(work, "floor.cjs", join(work, "sea-floor"), { start: "code-cache" });
  if (values["code-cache"]) console.log(await buildBinary(join(work, "resim-metrics-code-cache"), "code-cache"));
  writeFileSync(join(work, "noop.ts"), noopScript);
  mkdirSync(join(work, "inputs/logs"), { recursive: true });
  const runNoop = ["run", join(work, "noop.ts"), "--inputs", join(work, "inputs"), "--outputs", join(work, "outputs")];

  const cases: Case[] = [
    { name: "SEA floor (Node 24 SEA writing one file)", command: [join(work, "sea-floor"), join(work, "floor-output")] },
    { name: "resim-metrics --version", command: [binary, "--version"] },
    { name: "resim-metrics run noop.ts", command: [binary, ...runNoop] },
    ...(values["code-cache"] ? [{ name: "resim-metrics run noop.ts (code cache)", command: [join(work, "resim-metrics-code-cache"), ...runNoop] }] : []),
    { name: "node src/cli/main.ts run noop.ts (from source)", command: [process.execPath, join(repo, "src/cli/main.ts"), ...runNoop] },
  ].filter((c) => values.filter === undefined || new RegExp(values.filter).test(c.name));

  for (const c of cases) timeOnce(c.command); // warm the page cache
  const times = new Map(cases.map((c) => [c.name, [] as number[]]));
  for (let round = 0; round < rounds; round++) for (const c of cases) times.get(c.name)!.push(timeOnce(c.command));

  const floor = times.get(cases[0]!.name)!.sort((a, b) => a - b);
  const floorMedian = cases[0]!.name.startsWith("SEA floor") ? median(floor) : undefined;
  console.log(`Start-up, median of ${rounds} interleaved runs (wall clock, spawn included)\n`);
  const width = Math.max(...cases.map((c) => c.name.length), 40);
  console.log(`${"case".padEnd(width)}  median      p10      p90   vs floor  vs Python SDK`);
  for (const c of cases) {
    const sorted = times.get(c.name)!.sort((a, b) => a - b);
    const m = median(sorted);
    const p = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
    const vsFloor = floorMedian === undefined ? "" : `${(m / floorMedian).toFixed(2)}x`;
    console.log(`${c.name.padEnd(width)}  ${m.toFixed(1).padStart(6)} ms ${p(0.1).toFixed(1).padStart(6)} ${p(0.9).toFixed(1).padStart(8)} ${vsFloor.padStart(9)}  ${(m / pythonSdkMs).toFixed(2).padStart(10)}x`);
  }
  console.log(`${"ReSim Python SDK (recorded, not run here)".padEnd(width)}  ${pythonSdkMs.toFixed(1).padStart(6)} ms`);
  console.log(`\nGoal for resim-metrics run noop.ts: <= ${goalMs} ms median`);

  const meta = await bundleCli(join(work, "bundle.cjs"));
  const evaluated = staticClosure(meta, "src/cli/binary.ts");
  const sourceKb = [...evaluated].reduce((sum, path) => sum + meta.inputs[path]!.bytes, 0) / 1024;
  console.log(
    `Bundle: ${Object.keys(meta.inputs).length} modules, ${megabytes(join(work, "bundle.cjs"))} minified; ` +
      `${evaluated.size} of them (${sourceKb.toFixed(0)} KB of source) evaluated at build time into the snapshot, the rest on first use; binary ${megabytes(binary)}`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
