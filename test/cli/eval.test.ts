import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import { tempTree } from "../_temp_tree.ts";
import { emission, lines, speedConfigYaml } from "../evaluation/_plans.ts";
import { run } from "./_run.ts";

const config = `version: 1
topics:
  speed:
    schema:
      v: float
metrics:
  Top speed:
    type: test
    query_string: SELECT MAX(v) AS value FROM speed
    template_type: system
    template: scalar
    units: m/s
    status:
      query_string: SELECT 1 FROM speed WHERE v > ?
      block: 20
      warn: 8
  Fastest job:
    type: batch
    query_string: SELECT job_id, MAX(v) AS top FROM speed GROUP BY job_id ORDER BY top DESC LIMIT 1
    template_type: system
    template: table
metrics sets:
  gates:
    metrics: [Top speed]
  everything:
    metrics: [Top speed, Fastest job]
`;

async function project(t: Parameters<typeof tempTree>[0], speeds: Record<string, number[]>) {
  const tree: Record<string, string> = { "metrics/config.resim.yml": config };
  for (const [job, values] of Object.entries(speeds)) tree[`runs/${job}.jsonl`] = lines(...values.map((v, i) => emission("speed", { v }, i)));
  const dir = await tempTree(t, tree);
  return { dir, config: join(dir, "metrics/config.resim.yml"), runs: join(dir, "runs") };
}

test("eval prints one line per metric and exits 0 when nothing blocks", async (t) => {
  const p = await project(t, { a: [1, 9], b: [2] });
  const result = await run("eval", "--config", p.config, p.runs);
  assert.equal(result.code, 0, result.stderr);
  const out = result.stdout.split("\n");
  assert.match(out[0]!, /^FAIL_WARN {4}Top speed \[a\], 1 row, block 20 not crossed, warn 8 crossed, [\d.]+ ms$/);
  assert.match(out[1]!, /^PASSED {7}Top speed \[b\], 1 row, block 20 not crossed, warn 8 not crossed/);
  assert.match(out[2]!, /^PASSED {7}Fastest job \(batch\), 1 row/);
  assert.match(out[3]!, /^3 results for 2 jobs: 1 FAIL_WARN, 2 PASSED \(\d+ ms\)$/);
});

test("eval exits 1 when a metric blocks; --set picks the metrics; --json reports every table", async (t) => {
  const p = await project(t, { a: [25] });
  const result = await run("eval", "--config", p.config, "--set", "gates", "--json", join(p.runs, "a.jsonl"));
  assert.equal(result.code, 1, result.stderr);
  const report = JSON.parse(result.stdout);
  assert.equal(report.passed, false);
  assert.deepEqual(report.metrics.map((m: { metric: string; status: string; table: unknown }) => [m.metric, m.status, m.table]), [
    ["Top speed", "FAIL_BLOCK", { columns: [{ name: "value", type: "DOUBLE" }], rows: [[25]] }],
  ]);
  assert.equal(typeof report.metrics[0].timing.queryMs, "number");
});

test("eval exits 2 for an unreadable input, an unknown set, or a config that cannot be used", async (t) => {
  const p = await project(t, { a: [1] });
  const missing = await run("eval", "--config", p.config, join(p.dir, "nope"));
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /^resim-metrics: Cannot read ".*nope": no such file or directory\n$/);
  const set = await run("eval", "--config", p.config, "--set", "Nightly", p.runs);
  assert.equal(set.code, 2);
  assert.match(set.stderr, /no metrics set "Nightly" \(its sets: "gates", "everything"\)/);
  const noConfig = await run("eval", "--config", join(p.dir, "missing.resim.yml"), p.runs);
  assert.equal(noConfig.code, 2);
  assert.match(noConfig.stderr, /Cannot read ".*missing.resim.yml"/);
});

test("eval --json reports each failure on its metric with the step and position", async (t) => {
  const dir = await tempTree(t, {
    "config.resim.yml": speedConfigYaml({
      Broken: "    type: batch\n    query_string: SELECT v FROM speeds\n    template_type: system\n    template: table",
      Undrawable: "    type: batch\n    query_string: SELECT v FROM speed\n    template_type: system\n    template: pie",
    }),
    "run.jsonl": lines(emission("speed", { v: 1 })),
  });
  const result = await run("eval", "--config", join(dir, "config.resim.yml"), "--json", join(dir, "run.jsonl"));
  assert.equal(result.code, 1);
  const report = JSON.parse(result.stdout);
  assert.deepEqual(report.metrics.map((m: { status: string; failure: { stage: string; line?: number; column?: number } }) => [m.status, m.failure.stage, m.failure.line, m.failure.column]), [
    ["QUERY_ERROR", "query", 1, 15],
    ["RENDER_ERROR", "template", undefined, undefined],
  ]);
  process.exitCode = undefined; // main() leaves the failing run's exit code on this process
});
