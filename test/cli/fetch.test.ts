import { test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { promisify } from "node:util";
import { useApiDouble } from "../_double/hooks.ts";
import { transientFaults } from "../_double/faults.ts";
import { emissionsBatch, mixedBatch, reportWorld, testToken } from "../_double/scenarios.ts";
import { repoDir } from "../_shared.ts";
import { useTempFolder } from "../_temp_tree.ts";
import { speedConfigYaml } from "../evaluation/_plans.ts";

const batch = mixedBatch();
const report = reportWorld(false);
const emissions = emissionsBatch();
const double = useApiDouble(() => ({ world: { projects: [batch.project, report.project, emissions.project] }, token: testToken }));
const work = useTempFolder();

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in a child process, as a user would, and checks no output carries `secret`. */
async function cli(args: string[], env: Record<string, string> = {}, secret = testToken): Promise<Run> {
  const run = await promisify(execFile)(process.execPath, [`${repoDir}src/cli/main.ts`, ...args], {
    cwd: work,
    env: { PATH: process.env["PATH"] ?? "", NO_COLOR: "1", ...env },
  }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );
  assert.ok(!run.stdout.includes(secret) && !run.stderr.includes(secret), "the token leaked into the output");
  return run;
}

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

test("fetch --batch saves the batch and prints what it saved", async () => {
  const out = join(work, "batch");
  const run = await cli(["fetch", "--project", batch.ref.projectID, "--batch", batch.ref.batchID, "--out", out, "--api-url", double().apiURL, "--events"], { RESIM_API_TOKEN: testToken });
  assert.equal(run.stderr, "");
  assert.match(run.stdout, new RegExp(`^Saved batch "${batch.ref.batchID}" to "${out}": 5 jobs, 31 metrics, 73 metrics data, 2 events, \\d+\\.\\d kB\\n$`));
  assert.equal(run.code, 0);
  for (const file of await filesUnder(out)) assert.ok(!(await readFile(file, "latin1")).includes(testToken), `${file} holds the token`);
});

test("fetch --report saves the report's batches", async () => {
  const out = join(work, "report");
  const run = await cli(["fetch", "--project", report.ref.projectID, "--report", report.ref.reportID, "--out", out], { RESIM_API_TOKEN: testToken, RESIM_API_URL: double().apiURL });
  assert.deepEqual(run, { code: 0, stderr: "", stdout: `Saved report "${report.ref.reportID}" to "${out}": 4 batches, 5 jobs, 9 metric records\n` });
});

test("fetch --json prints what it saved as one JSON line", async () => {
  const { projectID, batchID } = batch.ref;
  const out = join(work, "batch-json");
  const saved = await cli(["fetch", "--project", projectID, "--batch", batchID, "--out", out, "--api-url", double().apiURL, "--json"], { RESIM_API_TOKEN: testToken });
  assert.equal(saved.code, 0, saved.stderr);
  const summary = JSON.parse(saved.stdout) as Record<string, unknown>;
  assert.ok(typeof summary["bytes"] === "number" && summary["bytes"] > 0, saved.stdout);
  assert.equal(saved.stdout, `${JSON.stringify({ kind: "batch", projectID, batchID, folder: out, jobs: 5, metrics: 31, metricsData: 73, bytes: summary["bytes"] })}\n`);
  const reportOut = join(work, "report-json");
  const { reportID } = report.ref;
  const reported = await cli(["fetch", "--project", report.ref.projectID, "--report", reportID, "--out", reportOut, "--json", "--pretty"], { RESIM_API_TOKEN: testToken, RESIM_API_URL: double().apiURL });
  const expected = { kind: "report", projectID: report.ref.projectID, reportID, folder: reportOut, batches: 4, jobs: 5, metrics: 9 };
  assert.deepEqual(reported, { code: 0, stderr: "", stdout: `${JSON.stringify(expected, null, 2)}\n` });
});

test("fetch fails in one line, exit code 2, without the token", async () => {
  const { projectID, batchID } = batch.ref;
  const api = double().apiURL;
  const cases: [args: string[], env: Record<string, string>, stderr: string][] = [
    [["--project", projectID, "--batch", batchID], {}, "resim-metrics: Cannot fetch: no API token; set $RESIM_API_TOKEN or pass --token\n"],
    [["--project", projectID], { RESIM_API_TOKEN: testToken }, "resim-metrics: Cannot fetch: give either --batch or --report\n"],
    [["--project", "p1", "--batch", batchID], { RESIM_API_TOKEN: testToken }, 'resim-metrics: Cannot fetch: --project "p1" is not a UUID\n'],
    [["--project", projectID, "--batch", batchID, "--api-url", "localhost/v1"], { RESIM_API_TOKEN: testToken }, 'resim-metrics: Cannot use API URL "localhost/v1": it must be an absolute http or https URL\n'],
    [
      ["--project", projectID, "--batch", batchID, "--api-url", api, "--token", "stale-token-123", "--debug"],
      {},
      `resim-metrics: Cannot get batch "${batchID}": 401 Unauthorized: the API token is expired or invalid; get a new one (GET ${api}/projects/${projectID}/batches/${batchID})\n`,
    ],
  ];
  for (const [args, env, stderr] of cases) {
    const run = await cli(["fetch", ...args], env, env["RESIM_API_TOKEN"] ?? (args.includes("--token") ? "stale-token-123" : testToken));
    assert.equal(run.stderr.split("\n")[0] + "\n", stderr);
    assert.equal(run.code, 2);
    assert.equal(run.stdout, "");
  }
});

test("fetch rejects --batch with --report as a usage error", async () => {
  const run = await cli(["fetch", "--project", batch.ref.projectID, "--batch", batch.ref.batchID, "--report", report.ref.reportID]);
  assert.equal(run.code, 2);
  assert.match(run.stderr, /^resim-metrics: option '--batch <id>' cannot be used with option '--report <id>' \(run with --help for usage\)\n$/);
});

/** Every file under `folder` by its path relative to `folder`, with its content. */
async function treeOf(folder: string): Promise<Record<string, string>> {
  const tree: Record<string, string> = {};
  for (const file of await filesUnder(folder)) tree[relative(folder, file)] = await readFile(file, "utf8");
  return tree;
}

/** What fetch --emissions must save for the emissions batch: each job's EMISSIONS_LOG files, nothing else. */
function expectedEmissions(): Record<string, string> {
  const tree: Record<string, string> = {};
  for (const job of emissions.batch.jobs) {
    for (const log of job.logs) if (log.record.logType === "EMISSIONS_LOG") tree[join(job.job.jobID!, log.record.fileName!)] = new TextDecoder().decode(log.body);
  }
  return tree;
}

const emissionsArgs = (out: string): string[] => ["fetch", "--emissions", "--project", emissions.ref.projectID, "--batch", emissions.ref.batchID, "--out", out, "--api-url", double().apiURL];

const speedConfig = speedConfigYaml({
  "Top speed": "    type: test\n    query_string: SELECT MAX(v) AS value FROM speed\n    template_type: system\n    template: scalar\n    status: {query_string: SELECT 1 FROM speed WHERE v > ?, warn: 10}",
  "Fastest job":
    "    type: batch\n    query_string: SELECT job_id, MAX(v) AS top FROM speed GROUP BY job_id ORDER BY top DESC LIMIT 1\n    template_type: system\n    template: table",
});

test("fetch --emissions saves each job's emissions logs in a folder eval reads as the batch", async () => {
  const out = join(work, "emissions");
  const run = await cli(emissionsArgs(out), { RESIM_API_TOKEN: testToken });
  assert.equal(run.stderr, "");
  assert.match(run.stdout, new RegExp(`^Saved the emissions of batch "${emissions.ref.batchID}" to "${out}": 4 jobs \\(2 with emissions\\), 3 emissions logs, \\d+ B\\n$`));
  assert.equal(run.code, 0);
  assert.deepEqual(await treeOf(out), expectedEmissions());
  const downloads = double().log.filter((r) => r.origin === "blob");
  assert.equal(downloads.length, 3, "only emissions logs are downloaded");
  assert.ok(downloads.every((r) => !r.authorization), "a download carried the token");
  assert.ok(double().log.filter((r) => r.operation === "listJobLogsForJob").every((r) => r.query.includes("type=EMISSIONS_LOG")));

  await writeFile(join(work, "speed.resim.yml"), speedConfig);
  const evaluated = await cli(["eval", "--config", join(work, "speed.resim.yml"), "--json", out]);
  assert.equal(evaluated.code, 0, evaluated.stderr);
  const [first, second] = emissions.batch.jobs.map((j) => j.job.jobID!);
  const results = (JSON.parse(evaluated.stdout) as { metrics: { metric: string; job?: string; status: string; table: { rows: unknown[][] } }[] }).metrics;
  const topSpeeds = new Map([
    [first!, ["FAIL_WARN", [[12]]]],
    [second!, ["PASSED", [[5]]]],
  ]);
  assert.deepEqual(
    results.map((m) => [m.metric, m.job, m.status, m.table.rows]),
    [...[...topSpeeds.keys()].sort().map((job) => ["Top speed", job, ...topSpeeds.get(job)!]), ["Fastest job", undefined, "PASSED", [[first, 12]]]],
  );
});

test("fetch --emissions --json prints what it saved as one JSON line", async () => {
  const out = join(work, "emissions-json");
  const run = await cli([...emissionsArgs(out), "--json"], { RESIM_API_TOKEN: testToken });
  assert.equal(run.code, 0, run.stderr);
  const bytes = Object.values(expectedEmissions()).reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  const { projectID, batchID } = emissions.ref;
  assert.deepEqual(run, { code: 0, stderr: "", stdout: `${JSON.stringify({ kind: "emissions", projectID, batchID, folder: out, jobs: 4, jobsWithEmissions: 2, logs: 3, bytes })}\n` });
});

test("fetch --emissions saves exact files through transient faults and expired URLs", async () => {
  for (const fault of transientFaults) {
    double().addFault({ origin: "blob", times: 1, fault });
    double().addFault({ operation: "listJobLogsForJob", times: 1, fault });
  }
  double().addFault({ origin: "blob", path: /\/logs\/2$/, times: 1, fault: { kind: "expire-url" } });
  const out = join(work, "emissions-faults");
  const run = await cli([...emissionsArgs(out), "--quiet"], { RESIM_API_TOKEN: testToken });
  assert.equal(run.code, 0, run.stderr);
  assert.deepEqual(await treeOf(out), expectedEmissions());
  // Each fault costs one more request: 3 downloads plus 4 transient faults and an expired URL; 4 listings plus 4 faults and one renewal.
  assert.equal(double().log.filter((r) => r.origin === "blob").length, 3 + transientFaults.length + 1);
  assert.equal(double().log.filter((r) => r.operation === "listJobLogsForJob").length, 4 + transientFaults.length + 1);
});

test("fetch --emissions fails in one line, exit code 2, without the token", async () => {
  const { projectID, batchID } = emissions.ref;
  const api = double().apiURL;
  const cases: [args: string[], stderr: string][] = [
    [["--project", projectID, "--report", batchID], "resim-metrics: option '--emissions' cannot be used with option '--report <id>' (run with --help for usage)\n"],
    [["--project", projectID, "--batch", batchID, "--events"], "resim-metrics: option '--emissions' cannot be used with option '--events' (run with --help for usage)\n"],
    [
      ["--project", projectID, "--batch", batchID, "--api-url", api, "--token", "stale-token-123"],
      `resim-metrics: Cannot list jobs of batch "${batchID}": 401 Unauthorized: the API token is expired or invalid; get a new one (GET ${api}/projects/${projectID}/batches/${batchID}/jobs?pageSize=100)\n`,
    ],
  ];
  for (const [args, stderr] of cases) {
    const run = await cli(["fetch", "--emissions", ...args], { RESIM_API_TOKEN: testToken }, "stale-token-123");
    assert.equal(run.stderr, stderr);
    assert.equal(run.code, 2);
    assert.equal(run.stdout, "");
  }
  double().addFault({ origin: "blob", fault: { kind: "status", status: 404, body: "text" } });
  const out = join(work, "emissions-missing");
  const missing = await cli([...emissionsArgs(out), "--quiet"], { RESIM_API_TOKEN: testToken });
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /^resim-metrics: Cannot download emissions log "[a-z]+\.resim\.jsonl" of job "[0-9a-f-]+": 404 /);
  assert.equal(missing.stderr.split("\n").length, 2, missing.stderr);
  assert.deepEqual(await treeOf(out).catch(() => ({})), {}, "a failed download left a file");
});
