/**
 * Usage: node bench/eval.ts [--runs N] [--from-source]
 *
 * `resim-metrics eval` as a whole process against DuckDB's Node library
 * alone doing the same work (bench/_eval_baseline.ts: the same files read by
 * DuckDB's JSON reader into typed topic tables, the same 20 queries and
 * status queries per job and over all jobs, results read into JavaScript),
 * side by side: wall time and peak RSS, medians of N runs (default 3), for
 * 1,000,000 emission lines over 5 topics in one job, and for 1,000 job files
 * of 1,000 lines each. Goals: eval within 1.5x of the anchor's time and 2x
 * of its memory. Runs the binary built from the current sources (or, with
 * --from-source, src/cli/main.ts). Inputs are cached in .cache/bench/eval/.
 * @module
 */

import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { buildBinary } from "../build/build.ts";
import { median } from "./_median.ts";
import { configYaml, writeEmissions } from "./_eval_workload.ts";

const repo = fileURLToPath(new URL("..", import.meta.url));
const cache = join(repo, ".cache/bench/eval");
const goal = { time: 1.5, memory: 2 };
const { values } = parseArgs({ options: { runs: { type: "string", default: "3" }, "from-source": { type: "boolean" } } });
const runs = Number(values.runs);
const node = join(repo, "node_modules/.bin/node");

/** Wall time and peak RSS (MiB) of one process, from GNU time. */
function measure(command: readonly string[]): { ms: number; mib: number; stdout: string } {
  const start = performance.now();
  const result = spawnSync("/usr/bin/time", ["-f", "%M", ...command], { encoding: "utf8", maxBuffer: 1 << 30, env: { ...process.env, XDG_CACHE_HOME: join(cache, "xdg") } });
  const ms = performance.now() - start;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${command.join(" ")} failed (${result.status}): ${result.stderr}`);
  return { ms, mib: Number(result.stderr.trim().split("\n").at(-1)) / 1024, stdout: result.stdout };
}

mkdirSync(cache, { recursive: true });
const config = join(cache, "config.resim.yml");
writeFileSync(config, configYaml());
const cases = [
  { name: "1,000,000 lines, 1 job", folder: join(cache, "one-job"), jobs: 1, lines: 1_000_000 },
  { name: "1,000 jobs x 1,000 lines", folder: join(cache, "thousand-jobs"), jobs: 1000, lines: 1000 },
];
for (const c of cases) if (!existsSync(join(c.folder, "done"))) {
  await writeEmissions(c.folder, c.jobs, c.lines);
  writeFileSync(join(c.folder, "done"), "");
}
const evalCommand = values["from-source"] ? [node, join(repo, "src/cli/main.ts")] : [(await buildBinary(join(cache, "resim-metrics"))).path];

console.log(`eval (20 metrics: 12 test, 8 batch; 5 topics) against DuckDB alone doing the same, medians of ${runs} runs\n`);
console.log(`${"case".padEnd(28)} ${"eval".padStart(10)} ${"DuckDB".padStart(10)} ${"ratio".padStart(7)}   ${"eval RSS".padStart(10)} ${"DuckDB RSS".padStart(11)} ${"ratio".padStart(7)}`);
for (const c of cases) {
  measure([...evalCommand, "eval", "--config", config, "--json", c.folder]); // unpacks DuckDB once, warms the page cache
  const evals: { ms: number; mib: number }[] = [];
  const anchors: { ms: number; mib: number }[] = [];
  for (let run = 0; run < runs; run++) {
    evals.push(measure([...evalCommand, "eval", "--config", config, "--json", c.folder]));
    anchors.push(measure([node, join(repo, "bench/_eval_baseline.ts"), c.folder]));
  }
  const [ems, ams, emib, amib] = [median(evals.map((e) => e.ms)), median(anchors.map((a) => a.ms)), median(evals.map((e) => e.mib)), median(anchors.map((a) => a.mib))];
  const mark = (ratio: number, limit: number) => `${ratio.toFixed(2)}x${ratio <= limit ? "" : "!"}`;
  console.log(`${c.name.padEnd(28)} ${`${ems.toFixed(0)} ms`.padStart(10)} ${`${ams.toFixed(0)} ms`.padStart(10)} ${mark(ems / ams, goal.time).padStart(7)}   ${`${emib.toFixed(0)} MiB`.padStart(10)} ${`${amib.toFixed(0)} MiB`.padStart(11)} ${mark(emib / amib, goal.memory).padStart(7)}`);
}
console.log(`\ngoals: time within ${goal.time}x, peak memory within ${goal.memory}x of DuckDB alone ("!" marks a miss)`);
