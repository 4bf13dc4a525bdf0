import { before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { readdir, readFile, writeFile, mkdir } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { MetricImportance, MetricStatus, MetricsWriter, seededIds } from "../../src/sdk/index.ts";
import { ensureBinary } from "../_binary.ts";
import { transientFaults } from "../_double/faults.ts";
import { useApiDouble } from "../_double/hooks.ts";
import { seededRandom } from "../_double/random.ts";
import { reportWorld, testToken } from "../_double/scenarios.ts";
import { addBatch, contentsFromJobMetrics, newProject, syntheticContents, type JobContents } from "../_double/world.ts";
import { readFixture, repoDir } from "../_shared.ts";
import { useTempFolder } from "../_temp_tree.ts";

/** The batch: ReSim SDK output (images included), jobs with the example's metric, synthetic jobs, an errored job. */
function e2eBatch() {
  const random = seededRandom(41);
  const project = newProject(random);
  const topSpeed = (value: number, status: MetricStatus): JobContents => {
    const writer = new MetricsWriter({ idGenerator: seededIds(value) });
    writer.addScalarMetric("Top speed").withValue(value).withUnit("m/s").withStatus(status).withImportance(MetricImportance.HIGH_IMPORTANCE);
    return contentsFromJobMetrics(writer.write().bytes);
  };
  const batch = addBatch(project, random, {}, [
    contentsFromJobMetrics(readFixture("hello_world.binproto")),
    contentsFromJobMetrics(readFixture("upstream_all_types.binproto")),
    ...[7.5, 9.25, 8, 6.5].map((value) => topSpeed(value, value > 9 ? MetricStatus.FAIL_WARN_METRIC_STATUS : MetricStatus.PASSED_METRIC_STATUS)),
    ...Array.from({ length: 20 }, () => syntheticContents(random, 3, 40)),
    { metrics: [], metricsData: [], events: [], job: { conflatedStatus: "ERROR", jobStatus: "ERROR" } },
  ]);
  return { project, ref: { projectID: project.projectID, batchID: batch.batch.batchID! } };
}

const batch = e2eBatch();
const report = reportWorld(true, 6);
const double = useApiDouble(() => ({ world: { projects: [batch.project, report.project] }, token: testToken, seed: 9 }));
const example = join(repoDir, "examples/batch-mode/script.ts");
let binary = "";
const work = useTempFolder();

before(async () => {
  binary = await ensureBinary();
});

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs the binary (asynchronously: the double answers from this process) and checks it printed no token. */
async function binaryRun(args: readonly string[], env: Record<string, string> = {}): Promise<Outcome> {
  const started = performance.now();
  const outcome = await promisify(execFile)(binary, args, { cwd: work, env: { NO_COLOR: "1", ...env } }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );
  assert.ok(!outcome.stdout.includes(testToken) && !outcome.stderr.includes(testToken), `the token leaked into the output of ${args.join(" ")}`);
  return { ...outcome, ms: performance.now() - started };
}

/** An inputs folder holding `config` under `file`. */
async function inputs(name: string, file: string, config: object): Promise<string> {
  const dir = join(work, name);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, file), JSON.stringify(config));
  return dir;
}

const batchInputs = (name: string, token = testToken) => inputs(name, "batch_metrics_config.json", { authToken: token, apiURL: double().apiURL, ...batch.ref });

/**
 * Runs `run` into `outputs/<name>` with `--seed 1`, checks that no download
 * carried an Authorization header and, with the binary's `validate`, that
 * the result is valid; returns its bytes.
 */
async function runValid(name: string, args: readonly string[]): Promise<{ bytes: Buffer; outcome: Outcome }> {
  const outputs = join(work, "outputs", name);
  const outcome = await binaryRun(["run", ...args, "--outputs", outputs, "--seed", "1"]);
  assert.equal(outcome.code, 0, outcome.stderr);
  assert.deepEqual(double().log.filter((r) => r.origin === "blob" && r.authorization), [], "a download carried the token");
  const validated = await binaryRun(["validate", join(outputs, "metrics.binproto")]);
  assert.deepEqual(validated, { ...validated, code: 0, stdout: `${join(outputs, "metrics.binproto")}: valid\n` });
  return { bytes: await readFile(join(outputs, "metrics.binproto")), outcome };
}

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

function requestCounts(): string {
  const log = double().log;
  const byStatus = Object.entries(Object.groupBy(log, (r) => String(r.status))).map(([status, records]) => `${status}: ${records!.length}`);
  return `${log.length} requests (${log.filter((r) => r.origin === "api").length} API, ${log.filter((r) => r.origin === "blob").length} downloads; ${byStatus.join(", ")})`;
}

describe("the binary in batch and report mode, against the API double", () => {
  let cleanBatch: Buffer;
  let cleanReport: Buffer;

  test("batch mode: the example reads every job from the API, sending the token to no download, and writes valid metrics", async () => {
    const { bytes, outcome } = await runValid("batch", [example, "--inputs", await batchInputs("batch-inputs")]);
    cleanBatch = bytes;
    assert.match(outcome.stderr, /^info: "Top speed" of 4 tests \(23 without it\)\ninfo: Wrote 3 metrics to /);
    const downloads = double().log.filter((r) => r.origin === "blob");
    console.log(`batch mode, fault-free: ${requestCounts()}; ${downloads.filter((r) => r.authorization).length} downloads with an Authorization header`);
    assert.ok(downloads.length > 0);
    assert.equal(double().log.filter((r) => r.status !== 200).length, 0);
  });

  test("batch mode with 20% of requests failing transiently writes byte-identical metrics", async () => {
    for (const fault of transientFaults) double().addFault({ probability: 0.055, fault });
    const { bytes } = await runValid("batch-faults", [example, "--inputs", await batchInputs("batch-inputs")]);
    const failed = double().log.filter((r) => r.status !== 200).length;
    console.log(`batch mode, transient faults: ${requestCounts()}; ${((100 * failed) / double().log.length).toFixed(1)}% failed`);
    assert.ok(failed / double().log.length >= 0.15, "about 20% of requests failed");
    assert.deepEqual(bytes, cleanBatch);
  });

  test("report mode: --default-report writes valid report metrics from the API, with the preview page", async () => {
    const reportInputs = await inputs("report-inputs", "report_config.json", { authToken: testToken, apiURL: double().apiURL, ...report.ref });
    const { bytes, outcome } = await runValid("report", ["--default-report", "--preview", "--inputs", reportInputs]);
    cleanReport = bytes;
    assert.match(outcome.stderr, /^info: Wrote 7 metrics to ".*"\ninfo: Wrote the preview to ".*metrics\.html"\n$/);
    console.log(`report mode: ${requestCounts()}`);
  });

  test("fetch saves the batch and the report, and run --from replays them to the same bytes without network", async () => {
    const env = { RESIM_API_TOKEN: testToken, RESIM_API_URL: double().apiURL };
    const fetched = [
      await binaryRun(["fetch", "--project", batch.ref.projectID, "--batch", batch.ref.batchID, "--out", "saved-batch"], env),
      await binaryRun(["fetch", "--project", report.ref.projectID, "--report", report.ref.reportID, "--out", "saved-report"], env),
    ];
    assert.deepEqual(fetched.map((f) => [f.code, f.stderr]), [[0, ""], [0, ""]]);
    double().log.length = 0;
    const replayedBatch = await runValid("batch-replay", [example, "--from", join(work, "saved-batch")]);
    const replayedReport = await runValid("report-replay", ["--default-report", "--from", join(work, "saved-report")]);
    assert.deepEqual(double().log, []);
    assert.deepEqual(replayedBatch.bytes, cleanBatch);
    assert.deepEqual(replayedReport.bytes, cleanReport);
  });

  test("a permanent 401 fails at the first request, with no retry and one line naming the cause", async () => {
    const requestsBefore = double().log.length;
    const outcome = await binaryRun(["run", example, "--inputs", await batchInputs("expired-inputs", "expired-token-0000"), "--outputs", join(work, "outputs", "expired")]);
    console.log(`401: exit ${outcome.code} after ${outcome.ms.toFixed(0)} ms and ${double().log.length} request(s)`);
    assert.deepEqual([outcome.code, outcome.stdout, outcome.stderr], [
      2,
      "",
      `resim-metrics: Cannot list jobs of batch "${batch.ref.batchID}": 401 Unauthorized: the API token is expired or invalid; get a new one (GET ${double().apiURL}/projects/${batch.ref.projectID}/batches/${batch.ref.batchID}/jobs?pageSize=100)\n`,
    ]);
    assert.equal(double().log.length - requestsBefore, 1);
  });

  test("the token is in no file written: outputs, preview page, fetched folders", async () => {
    const written = [...(await filesUnder(join(work, "outputs"))), ...(await filesUnder(join(work, "saved-batch"))), ...(await filesUnder(join(work, "saved-report")))];
    for (const file of written) assert.ok(!(await readFile(file, "latin1")).includes(testToken), `${file} holds the token`);
    console.log(`${written.length} files written, none holding the token`);
  });
});
