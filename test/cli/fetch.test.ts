import { test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { useApiDouble } from "../_double/hooks.ts";
import { mixedBatch, reportWorld, testToken } from "../_double/scenarios.ts";
import { repoDir } from "../_shared.ts";
import { useTempFolder } from "../_temp_tree.ts";

const batch = mixedBatch();
const report = reportWorld(false);
const double = useApiDouble(() => ({ world: { projects: [batch.project, report.project] }, token: testToken }));
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
