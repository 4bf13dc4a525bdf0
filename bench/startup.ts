/**
 * The binary's two goals side by side: its size (≤ 135 MiB), part by part,
 * and the whole-process start-up of `resim-metrics run noop.ts` (one scalar
 * metric, metrics.binproto written) against the same script written with
 * ReSim's Python SDK (≤ 0.35× of it), beside the floor of a Node 24
 * single-executable app, the CLI run from source, `--version`, and the
 * example test-mode script (7 metrics from two JSON inputs).
 *
 * Usage: node bench/startup.ts [--runs <n>] [--filter <regex>]
 *   --runs <n>        rounds; each round runs every case once, interleaved (default 40)
 *   --filter <regex>  time only the cases whose name matches
 *
 * Builds the binary from the current sources first (about 10 s). The Python
 * SDK (resim-open-core from PyPI) is installed once into a virtualenv in
 * .cache/bench/python-sdk; without python3 or PyPI it is not run, the bench
 * says so, and the ratio uses the figure last measured on this machine kind.
 * @module
 */

import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { buildBinary, makeExecutable, megabytes } from "../build/build.ts";
import { pythonVenv } from "../test/_python_sdk.ts";
import { median } from "./_median.ts";

const repo = fileURLToPath(new URL("..", import.meta.url));
const example = join(repo, "examples/test-mode");
/** Measured on this machine kind with ReSim's Python SDK (import, one scalar metric, validate, write), for when it cannot run here. */
const recordedPythonSdkMs = 96;
const goal = { vsPython: 0.35, bytes: 135 * 2 ** 20 };
const pythonSdk = join(repo, ".cache/bench/python-sdk");

const noopScript = `import { defineMetrics, MetricImportance, MetricStatus } from "resim-metrics";
export default defineMetrics({
  test(ctx): void {
    ctx.writer.addScalarMetric("noop").withValue(1)
      .withStatus(MetricStatus.PASSED_METRIC_STATUS).withImportance(MetricImportance.LOW_IMPORTANCE);
  },
});
`;

/** The same metric written with ReSim's Python SDK, validated as upstream validates before upload. */
const noopPython = `import sys, uuid
from resim.metrics.proto.metrics_pb2 import MetricImportance, MetricStatus
from resim.metrics.proto.validate_metrics_proto import validate_job_metrics
from resim.metrics.python.metrics_writer import ResimMetricsWriter

writer = ResimMetricsWriter(uuid.uuid4())
writer.add_scalar_metric("noop").with_value(1.0).with_status(MetricStatus.Value("PASSED_METRIC_STATUS")).with_importance(MetricImportance.Value("LOW_IMPORTANCE"))
output = writer.write()
validate_job_metrics(output.metrics_msg)
with open(sys.argv[1], "wb") as file:
    file.write(output.metrics_msg.SerializeToString())
`;

interface Case {
  readonly name: string;
  readonly command: readonly string[];
}

function timeOnce(command: readonly string[]): number {
  const start = process.hrtime.bigint();
  const result = spawnSync(command[0]!, command.slice(1), { stdio: ["ignore", "ignore", "pipe"] });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${command.join(" ")} failed: ${result.stderr.toString()}`);
  return elapsed;
}

/** The python of the virtualenv with ReSim's SDK, installing it on first use; or why it cannot run. */
const pythonWithSdk = () => pythonVenv(pythonSdk, "resim-open-core==1.6.0", "import resim.metrics.python.metrics_writer");

const { values } = parseArgs({ options: { runs: { type: "string" }, filter: { type: "string" } } });
const rounds = Number(values.runs ?? 40);
const work = mkdtempSync(join(tmpdir(), "resim-metrics-bench-"));
try {
  const built = await buildBinary(join(work, "resim-metrics"));
  writeFileSync(join(work, "floor.cjs"), 'require("node:fs").writeFileSync(process.argv[2], "");\n');
  makeExecutable(work, "floor.cjs", join(work, "sea-floor"));
  writeFileSync(join(work, "noop.ts"), noopScript);
  mkdirSync(join(work, "inputs/logs"), { recursive: true });
  const runNoop = ["run", join(work, "noop.ts"), "--inputs", join(work, "inputs"), "--outputs", join(work, "outputs")];

  const python = pythonWithSdk();
  writeFileSync(join(work, "noop.py"), noopPython);
  const pythonCase = "ReSim Python SDK: noop.py";
  const cases: Case[] = [
    { name: "SEA floor (Node 24 SEA writing one file)", command: [join(work, "sea-floor"), join(work, "floor-output")] },
    ...("python" in python ? [{ name: pythonCase, command: [python.python, join(work, "noop.py"), join(work, "python-output")] }] : []),
    { name: "resim-metrics --version", command: [built.path, "--version"] },
    { name: "resim-metrics run noop.ts", command: [built.path, ...runNoop] },
    { name: "resim-metrics run examples/test-mode (cache sample)", command: [built.path, "run", join(example, "script.ts"), "--inputs", join(example, "inputs"), "--outputs", join(work, "outputs")] },
    { name: "node src/cli/main.ts run noop.ts (from source)", command: [process.execPath, join(repo, "src/cli/main.ts"), ...runNoop] },
  ].filter((c) => values.filter === undefined || new RegExp(values.filter).test(c.name));

  for (const c of cases) timeOnce(c.command); // warm the page cache
  const times = new Map(cases.map((c) => [c.name, [] as number[]]));
  for (let round = 0; round < rounds; round++) for (const c of cases) times.get(c.name)!.push(timeOnce(c.command));

  const pythonTimes = times.get(pythonCase);
  const pythonSdkMs = pythonTimes === undefined ? recordedPythonSdkMs : median(pythonTimes);
  const floor = times.get(cases[0]!.name)!.sort((a, b) => a - b);
  const floorMedian = cases[0]!.name.startsWith("SEA floor") ? median(floor) : undefined;
  console.log(`Start-up, median of ${rounds} interleaved runs (wall clock, spawn included)\n`);
  const width = Math.max(...cases.map((c) => c.name.length), 44);
  console.log(`${"case".padEnd(width)}  median      p10      p90   vs floor  vs Python SDK`);
  for (const c of cases) {
    const sorted = times.get(c.name)!.sort((a, b) => a - b);
    const m = median(sorted);
    const p = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
    const vsFloor = floorMedian === undefined ? "" : `${(m / floorMedian).toFixed(2)}x`;
    console.log(`${c.name.padEnd(width)}  ${m.toFixed(1).padStart(6)} ms ${p(0.1).toFixed(1).padStart(6)} ${p(0.9).toFixed(1).padStart(8)} ${vsFloor.padStart(9)}  ${(m / pythonSdkMs).toFixed(2).padStart(10)}x`);
  }
  if ("skip" in python) {
    console.log(`${"ReSim Python SDK (recorded; not run here)".padEnd(width)}  ${pythonSdkMs.toFixed(1).padStart(6)} ms`);
    console.log(`  The Python SDK did not run: ${python.skip}. The ratio below uses the recorded figure.`);
  }
  const noop = times.get("resim-metrics run noop.ts");
  if (noop !== undefined) {
    const ratio = median(noop) / pythonSdkMs;
    const against = "python" in python ? "the Python SDK's noop.py, side by side" : "the recorded Python SDK figure";
    console.log(`\nresim-metrics run noop.ts against ${against}: ${ratio.toFixed(2)}x (goal ≤ ${goal.vsPython}x: ${ratio <= goal.vsPython ? "met" : "not met"})`);
  }

  console.log(`\nSize of ${megabytes(built.bytes)} against the ${megabytes(goal.bytes)} goal (${(built.bytes / goal.bytes).toFixed(3)}x; Node ${built.nodeVersion})\n`);
  for (const part of built.parts) console.log(`  ${part.name.padEnd(width - 2)}  ${megabytes(part.bytes).padStart(9)}  ${`${(part.bytes / 1e3).toFixed(0)} kB`.padStart(10)}`);
  console.log("  (the SEA blob holds the entry point and every asset; the binary adds postject's note and alignment)");
} finally {
  rmSync(work, { recursive: true, force: true });
}
