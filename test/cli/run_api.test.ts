import { before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { standardError } from "../../src/cli/standard_error.ts";
import { JobMetrics } from "../../src/proto/index.ts";
import { validateJobMetrics } from "../../src/validate/index.ts";
import { useApiDouble } from "../_double/hooks.ts";
import { mixedBatch, reportWorld, testToken } from "../_double/scenarios.ts";
import { tempTree, useTempFolder } from "../_temp_tree.ts";
import { run, type RunResult } from "./_run.ts";

const batch = mixedBatch();
const report = reportWorld(false);
const double = useApiDouble(() => ({ world: { projects: [batch.project, report.project] }, token: testToken }));
const work = useTempFolder();

/** Counts the batch's jobs and their metrics, logging each job. */
const countingScript = `
import { defineMetrics, MetricImportance, MetricStatus } from "resim-metrics";
export default defineMetrics({
  async batch(ctx) {
    let jobs = 0;
    for await (const { job, metrics } of ctx.jobs()) {
      jobs++;
      ctx.log.info(\`\${job.conflatedStatus}: \${metrics.length} metrics\`);
    }
    ctx.writer.addScalarMetric("jobs").withValue(jobs)
      .withStatus(MetricStatus.PASSED_METRIC_STATUS).withImportance(MetricImportance.LOW_IMPORTANCE);
  },
});`;

const jobLines = ["info: PASSED: 9 metrics", "info: PASSED: 19 metrics", "info: PASSED: 3 metrics", "info: ERROR: 0 metrics", "info: CANCELLED: 0 metrics"];

/** Runs `resim-metrics run` and checks the token appears in nothing it printed. */
async function runChecked(...args: string[]): Promise<RunResult> {
  const result = await run("run", ...args);
  assert.ok(!result.stdout.includes(testToken) && !result.stderr.includes(testToken), "the token leaked into the output");
  return result;
}

async function validMetrics(outputs: string): Promise<JobMetrics> {
  const message = JobMetrics.decode(await readFile(join(outputs, "metrics.binproto")));
  assert.deepEqual(validateJobMetrics(message).errors, []);
  return message;
}

describe("resim-metrics run in batch and report mode", () => {
  // In the suite, not at the top level: top-level hooks start at once, before the double is up.
  before(async () => {
    process.env["RESIM_API_TOKEN"] = testToken;
    const saved = [
      await run("fetch", "--project", batch.ref.projectID, "--batch", batch.ref.batchID, "--out", join(work, "batch"), "--api-url", double().apiURL),
      await run("fetch", "--project", report.ref.projectID, "--report", report.ref.reportID, "--out", join(work, "report"), "--api-url", double().apiURL),
    ];
    delete process.env["RESIM_API_TOKEN"];
    assert.deepEqual(saved.map((r) => r.code), [0, 0]);
  });

  test("run gives a batch script the batch's jobs from the API", async (t) => {
    const dir = await tempTree(t, {
      "script.ts": countingScript,
      "inputs/batch_metrics_config.json": JSON.stringify({ authToken: testToken, apiURL: double().apiURL, ...batch.ref }),
    });
    const outputs = join(dir, "outputs");
    const result = await runChecked(join(dir, "script.ts"), "--inputs", join(dir, "inputs"), "--outputs", outputs);
    assert.deepEqual(result, { code: 0, stdout: "", stderr: [...jobLines, `info: Wrote 1 metric to "${join(outputs, "metrics.binproto")}"`, ""].join("\n") });
    await validMetrics(outputs);
  });

  test("run --from replays a batch that fetch saved, with no config and no request", async (t) => {
    const dir = await tempTree(t, { "script.ts": countingScript });
    const result = await runChecked(join(dir, "script.ts"), "--from", join(work, "batch"), "--inputs", join(dir, "missing"), "--outputs", join(dir, "outputs"));
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(result.stderr.split("\n").slice(0, 5), jobLines);
    assert.deepEqual(double().log, []);
  });

  test("run --default-report writes valid default report metrics from the API, and --preview the page beside them", async (t) => {
    const dir = await tempTree(t, { "inputs/report_config.json": JSON.stringify({ authToken: testToken, apiURL: double().apiURL, ...report.ref }) });
    const outputs = join(dir, "outputs");
    const result = await runChecked("--default-report", "--preview", "--inputs", join(dir, "inputs"), "--outputs", outputs);
    assert.deepEqual(result, {
      code: 0,
      stdout: "",
      stderr: `info: Wrote 7 metrics to "${join(outputs, "metrics.binproto")}"\ninfo: Wrote the preview to "${join(outputs, "metrics.html")}"\n`,
    });
    const message = await validMetrics(outputs);
    assert.deepEqual(message.jobLevelMetrics?.metrics.map((m) => m.name), [
      "test_status_over_time",
      "high_level_totals",
      "experience_status_counts",
      "job_metric_status_counts",
      "batch_metric_status_counts",
      "speed_distribution",
      "mean speed_over_time",
    ]);
    assert.match(await readFile(join(outputs, "metrics.html"), "utf8"), /high_level_totals/);
  });

  test("run --default-report --from replays a saved report, and --preview works in every mode", async (t) => {
    const dir = await tempTree(t, { "inputs/logs": null, "script.ts": "export default () => {};" });
    const replayed = await runChecked("--default-report", "--from", join(work, "report"), "--outputs", join(dir, "report"));
    assert.equal(replayed.code, 0, replayed.stderr);
    await validMetrics(join(dir, "report"));
    const testMode = await runChecked(join(dir, "script.ts"), "--preview", "--inputs", join(dir, "inputs"), "--outputs", join(dir, "test"));
    assert.equal(testMode.code, 0, testMode.stderr);
    assert.ok(existsSync(join(dir, "test", "metrics.html")));
  });

  test("run draws fetch progress only on a terminal, clears it before log lines, and not with --quiet", async (t) => {
    const dir = await tempTree(t, { "script.ts": countingScript });
    const args = [join(dir, "script.ts"), "--from", join(work, "batch"), "--outputs", join(dir, "outputs")];
    const piped = await runChecked(...args);
    assert.ok(!piped.stderr.includes("\r"), JSON.stringify(piped.stderr));
    const tty = Object.getOwnPropertyDescriptor(standardError, "isTTY")!;
    Object.defineProperty(standardError, "isTTY", { value: true, configurable: true });
    try {
      const drawn = await runChecked(...args);
      assert.match(drawn.stderr, /^\r\x1b\[Kjobs 1\/5, \d+\.\d kB\r\x1b\[Kinfo: PASSED: 9 metrics\n/);
      assert.match(drawn.stderr, /\r\x1b\[Kjobs 5\/5, \d+\.\d kB\r\x1b\[K/);
      const quiet = await runChecked(...args, "--quiet");
      assert.ok(!quiet.stderr.includes("\r"), JSON.stringify(quiet.stderr));
    } finally {
      Object.defineProperty(standardError, "isTTY", tty);
    }
  });

  const failures: { name: string; args: (dir: string) => string[]; tree?: (api: string) => Record<string, string>; stderr: (dir: string, api: string) => string; requests?: number }[] = [
    {
      name: "the API refuses the token",
      requests: 1,
      tree: (api) => ({ "script.ts": countingScript, "inputs/batch_metrics_config.json": JSON.stringify({ authToken: "expired-token-0000", apiURL: api, ...batch.ref }) }),
      args: (dir) => [join(dir, "script.ts"), "--inputs", join(dir, "inputs"), "--outputs", join(dir, "outputs")],
      stderr: (_, api) =>
        `resim-metrics: Cannot list jobs of batch "${batch.ref.batchID}": 401 Unauthorized: the API token is expired or invalid; get a new one (GET ${api}/projects/${batch.ref.projectID}/batches/${batch.ref.batchID}/jobs?pageSize=100)\n`,
    },
    {
      name: "a replayed folder holding another mode than --mode asks for",
      args: (dir) => ["--default-report", "--from", join(work, "batch"), "--mode", "report", "--outputs", join(dir, "outputs")],
      stderr: () => `resim-metrics: Cannot replay from "${join(work, "batch")}": it holds batch "${batch.ref.batchID}" of project "${batch.ref.projectID}", but --mode asks for report mode\n`,
    },
    {
      name: "a folder that is not a fetch",
      args: (dir) => ["--default-report", "--from", dir, "--outputs", join(dir, "outputs")],
      stderr: (dir) => `resim-metrics: Cannot replay from "${dir}": "manifest.json" is missing: the folder is not a finished fetch\n`,
    },
    {
      name: "a script and --default-report",
      args: (dir) => [join(dir, "script.ts"), "--default-report"],
      stderr: () => "resim-metrics: Cannot run: give a script or --default-report, not both\n",
    },
    {
      name: "neither a script nor --default-report",
      args: () => [],
      stderr: () => "resim-metrics: Cannot run: give a script, or --default-report for the built-in report metrics\n",
    },
    {
      name: "a seed that is not a whole number",
      args: (dir) => [join(dir, "script.ts"), "--seed", "1.5"],
      stderr: () => "resim-metrics: option '--seed <n>' argument '1.5' is invalid: must be a whole number from 0 to 4294967295 (run with --help for usage)\n",
    },
  ];
  for (const { name, args, tree, stderr, requests = 0 } of failures) {
    test(`run fails at once with exit code 2 and the reason for ${name}`, async (t) => {
      const dir = await tempTree(t, tree?.(double().apiURL) ?? {});
      const requestsBefore = double().log.length;
      const result = await runChecked(...args(dir));
      assert.deepEqual(result, { code: 2, stdout: "", stderr: stderr(dir, double().apiURL) });
      assert.equal(double().log.length - requestsBefore, requests, "requests sent: none retried");
      assert.ok(!existsSync(join(dir, "outputs", "metrics.binproto")));
    });
  }
});
