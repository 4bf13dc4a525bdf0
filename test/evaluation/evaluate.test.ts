import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import { evaluate, findJobs, placeholders, positionOf, RenderFailure, type MetricResult } from "../../src/evaluation/index.ts";
import { tempTree } from "../_temp_tree.ts";
import { emission, lines, metric, speedPlan } from "./_plans.ts";

const run1 = lines(emission("speed", { v: 10, label: "a" }, 1), emission("speed", { v: 25, label: "b" }, 2));
const run2 = lines(emission("speed", { v: 5, label: "a" }, 1));

function outcome(results: readonly MetricResult[]): string[] {
  return results.map((r) => `${r.metric}${r.job === undefined ? "" : `@${r.job}`}: ${r.status}`);
}

test("test metrics run once per job over that job's rows; batch metrics once over all", async (t) => {
  const dir = await tempTree(t, { "run1.jsonl": run1, "emissions_run2.resim.jsonl": run2 });
  const plan = speedPlan(
    metric("Top", { query: "SELECT MAX(v) FROM speed" }),
    metric("All", { type: "batch", query: "SELECT job_id, MAX(v) FROM speed GROUP BY job_id ORDER BY job_id" }),
    metric("Jobs", { type: "dashboard", query: "SELECT COUNT(*) FROM metadata" }),
  );
  const report = await evaluate(plan, await findJobs([dir]));
  assert.deepEqual(report.jobs.map((job) => job.id), ["run1", "run2"]);
  assert.deepEqual(outcome(report.results), ["Top@run1: PASSED", "Top@run2: PASSED", "All: PASSED", "Jobs: PASSED"]);
  assert.deepEqual(report.results.map((r) => r.table?.values), [[[25]], [[5]], [["run1", "run2"], [25, 5]], [[2]]]);
  assert.equal(report.passed, true);
});

test("status: block is tried first, then warn; crossed means at least one row", async (t) => {
  const dir = await tempTree(t, { "run1.jsonl": run1, "run2.jsonl": run2 });
  const status = { query: "SELECT 1 FROM speed WHERE v > ?", block: 20, warn: 8 };
  const report = await evaluate(speedPlan(metric("Speed", { query: "SELECT MAX(v) FROM speed", status })), await findJobs([dir]));
  assert.deepEqual(outcome(report.results), ["Speed@run1: FAIL_BLOCK", "Speed@run2: PASSED"]);
  assert.deepEqual(report.results[0]!.block, { threshold: 20, crossed: true });
  assert.equal(report.results[0]!.warn, undefined, "warn is not tried once block crossed");
  assert.deepEqual(report.results[1]!.warn, { threshold: 8, crossed: false });
  assert.equal(report.passed, false);
  const warnOnly = await evaluate(speedPlan(metric("Speed", { query: "SELECT MAX(v) FROM speed", status: { query: status.query, warn: 8 } })), await findJobs([dir]));
  assert.deepEqual(outcome(warnOnly.results), ["Speed@run1: FAIL_WARN", "Speed@run2: PASSED"]);
  assert.equal(warnOnly.passed, true, "a warning does not fail the evaluation");
});

test("no rows (or one row of NULLs) is NO_DATA and the status is not run; skip_if_no_data hides it", async (t) => {
  const dir = await tempTree(t, { "run1.jsonl": run1 });
  const broken = { query: "SELECT nope FROM speed WHERE v > ?", block: 1 };
  const report = await evaluate(
    speedPlan(
      metric("None", { query: "SELECT v FROM speed WHERE v > 100", status: broken }),
      metric("Null", { query: "SELECT MIN(v) FROM speed WHERE v > 100", status: broken }),
      metric("Hidden", { query: "SELECT v FROM speed WHERE v > 100", skipIfNoData: true }),
      metric("Zero", { query: "SELECT COUNT(*) FROM speed WHERE v > 100", status: { query: "SELECT 1 WHERE 0 < ?", block: 1 } }),
    ),
    await findJobs([dir]),
  );
  assert.deepEqual(outcome(report.results), ["None@run1: NO_DATA", "Null@run1: NO_DATA", "Hidden@run1: NO_DATA", "Zero@run1: FAIL_BLOCK"]);
  assert.deepEqual(report.results.map((r) => r.hidden), [false, false, true, false]);
});

test("a failing query is QUERY_ERROR with its line and column in query_string; the other metrics still run", async (t) => {
  const dir = await tempTree(t, { "run1.jsonl": run1 });
  const report = await evaluate(
    speedPlan(
      metric("Broken", { query: "SELECT v,\n  nope FROM speed" }),
      metric("Missing topic", { query: "SELECT * FROM no_such_topic" }),
      metric("Fine", { query: "SELECT 1" }),
      metric("Bad status", { query: "SELECT 1", status: { query: "SELECT 1 FROM\n speeds WHERE v > ?", block: 1 } }),
    ),
    await findJobs([dir]),
  );
  assert.deepEqual(outcome(report.results), ["Broken@run1: QUERY_ERROR", "Missing topic@run1: QUERY_ERROR", "Fine@run1: PASSED", "Bad status@run1: QUERY_ERROR"]);
  const { message, ...at } = report.results[0]!.failure!;
  assert.deepEqual(at, { stage: "query", line: 2, column: 3 });
  assert.match(message, /^Binder error: Referenced column "nope" not found in FROM clause!/);
  assert.match(report.results[1]!.failure!.message, /Table with name no_such_topic does not exist/);
  assert.deepEqual([report.results[3]!.failure!.stage, report.results[3]!.failure!.line], ["status", 2]);
});

test("a status gate that cannot be used is ERROR on its metric", async (t) => {
  const dir = await tempTree(t, { "run1.jsonl": run1 });
  const gates = [
    { query: "SELECT 1 FROM speed WHERE v > 1", block: 1 },
    { query: "SELECT 1 FROM speed WHERE v > ? AND v < ?", block: 1 },
    { query: "SELECT 1 FROM speed WHERE v > ?", block: "high" },
    { query: "SELECT 1 FROM speed WHERE v > ?" },
  ];
  const report = await evaluate(speedPlan(...gates.map((status, i) => metric(`G${i}`, { query: "SELECT 1", status }))), await findJobs([dir]));
  assert.deepEqual(report.results.map((r) => `${r.status}: ${r.failure?.message}`), [
    "ERROR: the status query must hold exactly one ? for the threshold, but holds 0",
    "ERROR: the status query must hold exactly one ? for the threshold, but holds 2",
    'ERROR: status.block must be a number, got "high"',
    "ERROR: the status has neither block nor warn",
  ]);
});

test("each job's conflated status is in metadata for batch metrics", async (t) => {
  const dir = await tempTree(t, { "run1.jsonl": run1, "run2.jsonl": run2 });
  const report = await evaluate(
    speedPlan(
      metric("Speed", { query: "SELECT MAX(v) FROM speed", status: { query: "SELECT 1 FROM speed WHERE v > ?", block: 20 } }),
      metric("Outcomes", { type: "batch", query: "SELECT job_id, job_conflated_status FROM metadata ORDER BY job_id" }),
    ),
    await findJobs([dir]),
  );
  assert.deepEqual(report.results[2]!.table!.values, [["run1", "run2"], ["BLOCKER", "PASSED"]]);
});

test("emissions lines left out are reported, and noted on the metrics that read their topic", async (t) => {
  const dir = await tempTree(t, { "run1.jsonl": lines(emission("speed", { v: "fast", label: "a" }), emission("speed", { v: 1, label: "b" })), "run2.jsonl": run2 });
  const report = await evaluate(speedPlan(metric("Count", { query: "SELECT COUNT(*) FROM speed" }), metric("Other", { query: "SELECT 1" })), await findJobs([dir]));
  assert.deepEqual(report.problems, [{ file: join(dir, "run1.jsonl"), line: 1, topic: "speed", message: "field 'v' should be float, got string" }]);
  assert.deepEqual(outcome(report.results), ["Count@run1: PASSED", "Other@run1: PASSED", "Count@run2: PASSED", "Other@run2: PASSED"]);
  assert.deepEqual(report.results[0]!.notes, [`lines of topic "speed" were left out of its table (first: run1.jsonl:1: field 'v' should be float, got string)`]);
  assert.deepEqual(report.results[1]!.notes, []);
  assert.deepEqual(report.results[2]!.notes, [], "run2's metrics are not told of run1's lines");
});

test("a renderer's failure is RENDER_ERROR with the template's position", async (t) => {
  const dir = await tempTree(t, { "run1.jsonl": run1 });
  const report = await evaluate(speedPlan(metric("Drawn", { query: "SELECT 1" })), await findJobs([dir]), {
    render: async () => {
      throw new RenderFailure("unexpected token", { line: 3, column: 4 });
    },
  });
  assert.deepEqual([report.results[0]!.status, report.results[0]!.failure], ["RENDER_ERROR", { stage: "template", message: "unexpected token", line: 3, column: 4 }]);
  assert.equal(report.passed, false);
});

test("inputs: a file is one job, a folder one job per file or subfolder; unusable inputs are refused", async (t) => {
  const dir = await tempTree(t, {
    "batch/b.jsonl": run1,
    "batch/a/emissions.resim.jsonl": run1,
    "batch/a/resource_metrics.resim.jsonl": run2,
    "batch/a/robot.png": "png",
    "batch/notes.txt": "",
    "empty/readme.md": "",
    "twins/x.jsonl": run1,
    "twins/x.json": run1,
  });
  const jobs = await findJobs([join(dir, "batch")]);
  assert.deepEqual(jobs.map((job) => [job.id, job.files.length]), [["a", 2], ["b", 1]]);
  assert.deepEqual((await findJobs([join(dir, "batch/b.jsonl")])).map((job) => job.id), ["b"]);
  await assert.rejects(findJobs([join(dir, "nope")]), /Cannot read ".*nope": no such file or directory/);
  await assert.rejects(findJobs([join(dir, "empty")]), /holds no emissions files/);
  await assert.rejects(findJobs([join(dir, "twins")]), /job id "x" is also the id of/);
});

test("query text: placeholders outside strings, names and comments; offsets as line and column", () => {
  const sql = `SELECT '?', "a?", 'it''s ?' -- ?\n, ? /* ? */ FROM t WHERE v > ?`;
  assert.deepEqual(placeholders(sql), [sql.indexOf("\n, ?") + 3, sql.length - 1]);
  assert.deepEqual(positionOf("SELECT\n  x", 9), { line: 2, column: 3 });
});
