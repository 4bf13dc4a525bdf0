import { before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { createClient } from "../../src/api/client.ts";
import { ApiError } from "../../src/api/error.ts";
import { saveBatch } from "../../src/api/folder_recorder.ts";
import { httpSource } from "../../src/api/http_source.ts";
import * as exposedModule from "../../src/mod.ts";
import { JobMetrics } from "../../src/proto/index.ts";
import { createLogger, defineMetrics, runMetricsScript, type RunScript } from "../../src/runner/index.ts";
import { useApiDouble } from "../_double/hooks.ts";
import { mixedBatch, testToken } from "../_double/scenarios.ts";
import { tempTree, useTempFolder, type Tree } from "../_temp_tree.ts";

const batch = mixedBatch();
const double = useApiDouble(() => ({ world: batch.world, token: testToken }));
const saved = useTempFolder();

/** Counts the batch's jobs and metrics into two scalars. */
const countingScript = `
import { defineMetrics, MetricImportance, MetricStatus } from "resim-metrics";
export default defineMetrics({
  async batch(ctx) {
    let jobs = 0, metrics = 0;
    for await (const job of ctx.jobs()) { jobs++; metrics += job.metrics.length; }
    const { PASSED_METRIC_STATUS: passed } = MetricStatus;
    ctx.writer.addScalarMetric("jobs").withValue(jobs).withStatus(passed).withImportance(MetricImportance.LOW_IMPORTANCE);
    ctx.writer.addScalarMetric("metrics").withValue(metrics).withStatus(passed).withImportance(MetricImportance.LOW_IMPORTANCE);
  },
});`;

const config = (token: string) => JSON.stringify({ authToken: token, apiURL: double().apiURL, ...batch.ref });

async function run(t: Parameters<typeof tempTree>[0], tree: Tree, options: { from?: string; script?: RunScript; seed?: number } = {}) {
  const dir = await tempTree(t, tree);
  const lines: string[] = [];
  const log = createLogger({ write: (line) => lines.push(line.trimEnd()), debug: false });
  const folders = { inputsDir: join(dir, "inputs"), outputsDir: join(dir, "outputs") };
  const script = options.script ?? { scriptPath: join(dir, "script.ts") };
  try {
    const summary = await runMetricsScript({ ...script, folders, from: options.from, seed: options.seed, exposedModule, log });
    const scalars = JobMetrics.decode(await readFile(summary.outputPath)).jobLevelMetrics!.metrics.map((m) => [m.name, m.metricValues?.metricValues.value]);
    return { dir, lines, summary, scalars, error: undefined };
  } catch (error) {
    return { dir, lines, summary: undefined, scalars: undefined, error };
  }
}

const counted = [
  ["jobs", { value: 5 }],
  ["metrics", { value: 9 + 19 + 3 }],
];

describe("runMetricsScript() in batch and report mode", () => {
  // In the suite, not at the top level: top-level hooks start at once, before the double is up.
  before(async () => {
    await saveBatch(httpSource(createClient({ apiURL: double().apiURL, token: testToken })), batch.ref, saved);
  });

  test("runMetricsScript() gives a batch handler the batch's jobs, read from the API the config names", async (t) => {
    const { scalars, error } = await run(t, { "script.ts": countingScript, "inputs/batch_metrics_config.json": config(testToken) });
    assert.equal(error, undefined);
    assert.deepEqual(scalars, counted);
    assert.ok(double().log.some((r) => r.operation === "listJobs"));
  });

  test("runMetricsScript() replays a saved batch with `from`, sending no request", async (t) => {
    const { scalars, summary, error } = await run(t, { "script.ts": countingScript }, { from: saved });
    assert.equal(error, undefined);
    assert.equal(summary?.mode, "batch");
    assert.deepEqual(scalars, counted);
    assert.deepEqual(double().log, []);
  });

  test("runMetricsScript() rethrows a failure to read the data as it is, not as the script's failure", async (t) => {
    const { error, dir } = await run(t, { "script.ts": countingScript, "inputs/batch_metrics_config.json": config("expired-token-0000") });
    assert.ok(error instanceof ApiError);
    assert.equal(
      error.message,
      `Cannot list jobs of batch "${batch.ref.batchID}": 401 Unauthorized: the API token is expired or invalid; get a new one (GET ${double().apiURL}/projects/${batch.ref.projectID}/batches/${batch.ref.batchID}/jobs?pageSize=100)`,
    );
    assert.equal((await readFile(join(dir, "outputs", "metrics.binproto")).catch(() => undefined)), undefined);
  });

  test("runMetricsScript() runs a built-in script, naming it in its messages", async (t) => {
    const builtIn = {
      name: "--built-in",
      script: defineMetrics({
        test: () => {
          throw new RangeError("no logs");
        },
      }),
    };
    const { lines, summary } = await run(t, { "inputs/report_config.json": JSON.stringify({ authToken: testToken, apiURL: double().apiURL, reportID: batch.ref.batchID, projectID: batch.ref.projectID }) }, { script: { builtIn } });
    assert.equal(summary?.handled, false);
    assert.equal(lines[0], "info: The script has no report handler: writing an empty result");
    const { error } = await run(t, { "inputs/logs": null }, { script: { builtIn } });
    assert.equal((error as Error).message, 'Cannot run the test handler of "--built-in": RangeError: no logs');
  });

  test("runMetricsScript() with a seed writes the same bytes on every run", async (t) => {
    const outputs = [];
    for (let i = 0; i < 2; i++) {
      const { summary } = await run(t, { "script.ts": countingScript }, { from: saved, seed: 7 });
      outputs.push(await readFile(summary!.outputPath));
    }
    assert.deepEqual(outputs[0], outputs[1]);
    const unseeded = await run(t, { "script.ts": countingScript }, { from: saved });
    assert.notDeepEqual(await readFile(unseeded.summary!.outputPath), outputs[0]);
  });
});
