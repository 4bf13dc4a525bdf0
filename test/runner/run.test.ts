import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as exposedModule from "../../src/mod.ts";
import type { ModeName } from "../../src/modes/index.ts";
import { JobMetrics } from "../../src/proto/index.ts";
import { createLogger, runMetricsScript, type RunSummary } from "../../src/runner/index.ts";
import { tempTree, type Tree } from "../_temp_tree.ts";

/** The writer draws the job id first from the run's seeded generator. */
const seed = 7;
const jobId = exposedModule.seededIds(seed)();
const token = "eyJhbGciOi.run-test-token.sig";
const batchConfig = JSON.stringify({ authToken: token, apiURL: "https://api.resim.ai/v1", batchID: "7579affb-3e5b-4f02-871b-bf275aef67ee", projectID: "2f7c6ef8-6a3c-4a0e-9b1c-3c2d1e0f9a8b" });

/** A script using the real SDK: one scalar metric from a JSON log. */
const topSpeedScript = `
import { defineMetrics, MetricImportance, MetricStatus } from "resim-metrics";
interface Log { speeds: number[] }
export default defineMetrics({
  async test(ctx) {
    const log = await ctx.readJson<Log>("logs/log.json");
    ctx.log.info("read %d speeds", log.speeds.length);
    ctx.writer.addScalarMetric("Top speed").withValue(Math.max(...log.speeds))
      .withStatus(MetricStatus.PASSED_METRIC_STATUS).withImportance(MetricImportance.HIGH_IMPORTANCE);
  },
});
`;

interface Outcome {
  dir: string;
  lines: string[];
  summary?: RunSummary;
  error?: unknown;
}

async function run(t: Parameters<typeof tempTree>[0], tree: Tree, options: { mode?: ModeName; debug?: boolean } = {}): Promise<Outcome> {
  const dir = await tempTree(t, tree);
  const lines: string[] = [];
  const log = createLogger({ write: (line) => lines.push(line.trimEnd()), debug: options.debug ?? false });
  const folders = { inputsDir: join(dir, "inputs"), outputsDir: join(dir, "outputs") };
  try {
    const summary = await runMetricsScript({ scriptPath: join(dir, "script.ts"), folders, mode: options.mode, exposedModule, log, seed });
    return { dir, lines, summary };
  } catch (error) {
    return { dir, lines, error };
  }
}

function writtenMetrics(dir: string): JobMetrics {
  return JobMetrics.decode(readFileSync(join(dir, "outputs", "metrics.binproto")));
}

describe("runMetricsScript()", () => {
  test("runMetricsScript() runs the test handler and writes its metrics", async (t) => {
    const { dir, lines, summary } = await run(t, { "script.ts": topSpeedScript, "inputs/logs/log.json": '{ "speeds": [3, 9.5, 4] }' });
    const outputPath = join(dir, "outputs", "metrics.binproto");
    assert.deepEqual(summary, { mode: "test", outputPath, handled: true, metricCount: 1, status: exposedModule.MetricStatus.PASSED_METRIC_STATUS });
    assert.deepEqual(lines, ["info: read 3 speeds", `info: Wrote 1 metric to "${outputPath}"`]);
    const message = writtenMetrics(dir);
    assert.equal(message.jobId?.id?.data, jobId);
    const [metric] = message.jobLevelMetrics?.metrics ?? [];
    assert.equal(metric?.name, "Top speed");
    assert.deepEqual(metric?.metricValues?.metricValues, { case: "scalarMetricValues", value: { value: 9.5 } });
  });

  test("runMetricsScript() gives a single default-exported function the batch context, token redacted", async (t) => {
    const script = `
      import type { MetricsContext } from "resim-metrics";
      export default function (ctx: MetricsContext): void {
        if (ctx.mode !== "batch") throw new Error("expected batch mode");
        ctx.log.info("config %o", ctx.config);
        ctx.log.info("token %s, revealed %s", ctx.config.authToken, ctx.config.authToken.reveal());
        ctx.log.info("batch %s", ctx.config.batchID);
      }`;
    const { lines, summary } = await run(t, { "script.ts": script, "inputs/batch_metrics_config.json": batchConfig });
    assert.equal(summary?.mode, "batch");
    assert.deepEqual(lines.slice(0, 3), [
      "info: config { authToken: [redacted], apiURL: 'https://api.resim.ai/v1', batchID: '7579affb-3e5b-4f02-871b-bf275aef67ee', projectID: '2f7c6ef8-6a3c-4a0e-9b1c-3c2d1e0f9a8b' }",
      "info: token [redacted], revealed [redacted]",
      "info: batch 7579affb-3e5b-4f02-871b-bf275aef67ee",
    ]);
  });

  test("runMetricsScript() writes a valid empty result for a mode without a handler, and says so", async (t) => {
    const { dir, lines, summary } = await run(t, { "script.ts": topSpeedScript, "inputs/batch_metrics_config.json": batchConfig });
    assert.equal(summary?.handled, false);
    assert.equal(lines[0], "info: The script has no batch handler: writing an empty result");
    const message = writtenMetrics(dir);
    assert.deepEqual(message.jobLevelMetrics?.metrics, []);
    assert.equal(message.metricsStatus, exposedModule.MetricStatus.PASSED_METRIC_STATUS);
  });

  test("runMetricsScript() warns about handler keys that are not modes", async (t) => {
    const script = 'import { defineMetrics } from "resim-metrics";\nexport default { test() {}, tests() {}, batc() {} };';
    const { lines } = await run(t, { "script.ts": script, "inputs/logs": null });
    assert.equal(lines[0], `warning: The script's handlers include "tests", "batc", which are not modes (expected test, batch or report)`);
  });

  test("runMetricsScript() reports a throwing handler with the user's frames and keeps the previous output", async (t) => {
    const lines = [
      'import { defineMetrics } from "resim-metrics";',
      "function check(speed: number): void {",
      "  if (speed > 3) throw new RangeError(`speed ${speed} is over the limit`);",
      "}",
      "export default defineMetrics({ test(ctx): void { check(4); } });",
    ];
    const script = lines.join("\n");
    const { dir, error } = await run(t, { "script.ts": script, "inputs/logs": null, "outputs/metrics.binproto": "previous" });
    assert.equal((error as Error).name, "ScriptError");
    assert.equal((error as Error).message, `Cannot run the test handler of "${join(dir, "script.ts")}": RangeError: speed 4 is over the limit`);
    const at = (line: number, code: string) => `${join(dir, "script.ts")}:${line}:${lines[line - 1]!.indexOf(code) + 1}`;
    assert.deepEqual((error as { details: string[] }).details, [`    at check (${at(3, "new RangeError")})`, `    at test (${at(5, "check(4)")})`]);
    assert.equal(readFileSync(join(dir, "outputs", "metrics.binproto"), "utf8"), "previous");
  });

  const failures: { name: string; tree: Tree; errorName: string; message: (dir: string) => string; details?: (dir: string) => string[] }[] = [
    {
      name: "a script throwing at the top level",
      tree: { "script.ts": 'const limit: number = 3;\nif (limit as number > 2) throw new Error("not configured");\nexport default () => {};', "inputs/logs": null },
      errorName: "ScriptError",
      message: (dir) => `Cannot load script "${join(dir, "script.ts")}": Error: not configured`,
      details: (dir) => [`    at ${join(dir, "script.ts")}:2:${'if (limit as number > 2) throw '.length + 1}`],
    },
    {
      name: "a script without a default export",
      tree: { "script.ts": "export const test = () => {};", "inputs/logs": null },
      errorName: "ScriptError",
      message: (dir) => `Cannot run the test handler of "${join(dir, "script.ts")}": the script has no default export (expected \`export default defineMetrics({ test(ctx) { … } })\` or a function)`,
    },
    {
      name: "a handler that is not a function",
      tree: { "script.ts": "export default { test: 42 };", "inputs/logs": null },
      errorName: "ScriptError",
      message: (dir) => `Cannot run the test handler of "${join(dir, "script.ts")}": the "test" handler is a number, not a function`,
    },
    {
      name: "a handler reading a missing input",
      tree: { "script.ts": 'export default async (ctx: { readJson(p: string): Promise<unknown> }) => {\n  await ctx.readJson("logs/missing.json");\n};', "inputs/logs": null },
      errorName: "ScriptError",
      message: (dir) => `Cannot run the test handler of "${join(dir, "script.ts")}": InputError: Cannot read "${join(dir, "inputs", "logs", "missing.json")}": no such file or directory`,
      details: (dir) => [`    at async default (${join(dir, "script.ts")}:2:3)`],
    },
    {
      name: "a malformed config, before evaluating the script",
      tree: { "script.ts": 'import { writeFileSync } from "node:fs";\nwriteFileSync(new URL("./evaluated", import.meta.url), "");\nexport default () => {};', "inputs/batch_metrics_config.json": "{}" },
      errorName: "InputError",
      message: (dir) => `Cannot parse "${join(dir, "inputs", "batch_metrics_config.json")}": field "authToken" is missing`,
    },
    {
      name: "metrics that disagree with themselves when written",
      tree: {
        "script.ts": 'import { SeriesMetricsData } from "resim-metrics";\nexport default (ctx: any) => {\n  const y = SeriesMetricsData.from("y", [1]);\n  ctx.writer.addLinePlotMetric("Speed").withLegendSeriesNames(["a", "b"]).appendSeriesData(y, y);\n};',
        "inputs/logs": null,
      },
      errorName: "ScriptError",
      message: () => 'Cannot write line plot "Speed": 2 legend names given for 1 series (give one legend name per series)',
    },
  ];
  for (const { name, tree, errorName, message, details } of failures) {
    test(`runMetricsScript() reports ${name}`, async (t) => {
      const { dir, error } = await run(t, tree);
      assert.equal((error as Error).name, errorName);
      assert.equal((error as Error).message, message(dir));
      if (details !== undefined) assert.deepEqual((error as { details: string[] }).details, details(dir));
      assert.equal(existsSync(join(dir, "evaluated")), false);
      assert.equal(existsSync(join(dir, "outputs", "metrics.binproto")), false);
    });
  }

  test("runMetricsScript() refuses to write invalid metrics and lists every violation", async (t) => {
    const script = 'export default (ctx: any) => { ctx.writer.addScalarMetric("Lap time").withValue(61.5); };';
    const { dir, error } = await run(t, { "script.ts": script, "inputs/logs": null });
    assert.equal((error as Error).name, "ScriptError");
    assert.equal((error as Error).message, `Cannot write "${join(dir, "outputs", "metrics.binproto")}": the metrics are invalid (2 errors)`);
    assert.deepEqual((error as { details: string[] }).details, [
      `  metrics[0] "Lap time" (SCALAR): status is NO_METRIC_STATUS: set the metric's status [ENUM-03]`,
      `  metrics[0] "Lap time" (SCALAR): importance is NO_SPECIFIED_IMPORTANCE: set the metric's importance [ENUM-04]`,
    ]);
    assert.equal(existsSync(join(dir, "outputs", "metrics.binproto")), false);
  });

  test("runMetricsScript() logs the mode and folders with --debug", async (t) => {
    const { dir, lines } = await run(t, { "script.ts": "export default () => {};", "inputs/experience": null }, { debug: true });
    assert.equal(lines[0], `debug: test mode, inputs "${join(dir, "inputs")}", outputs "${join(dir, "outputs")}"`);
  });
});
