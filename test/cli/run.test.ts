import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { JobMetrics } from "../../src/proto/index.ts";
import { tempTree } from "../_temp_tree.ts";
import { runCli } from "./_run_cli.ts";

const token = "eyJhbGciOi.cli-run-token.sig";
const batchConfig = JSON.stringify({ authToken: token, apiURL: "https://api.resim.ai/v1", batchID: "7579affb-3e5b-4f02-871b-bf275aef67ee", projectID: "2f7c6ef8-6a3c-4a0e-9b1c-3c2d1e0f9a8b" });

describe("resim-metrics run", () => {
  test("run writes metrics.binproto from a test-mode script and logs to stderr only", async (t) => {
    const dir = await tempTree(t, {
      "script.ts": [
        'import { defineMetrics, MetricImportance, MetricStatus } from "resim-metrics";',
        "export default defineMetrics({",
        "  async test(ctx) {",
        '    const { distance } = await ctx.readJson<{ distance: number }>("logs/log.json");',
        '    ctx.writer.addScalarMetric("Distance").withValue(distance).withUnit("m")',
        "      .withStatus(MetricStatus.PASSED_METRIC_STATUS).withImportance(MetricImportance.HIGH_IMPORTANCE);",
        "  },",
        "});",
      ].join("\n"),
      "inputs/logs/log.json": '{ "distance": 12.5 }',
    });
    const { code, stdout, stderr } = runCli(["run", join(dir, "script.ts")], { env: { RESIM_METRICS_INPUTS: join(dir, "inputs"), RESIM_METRICS_OUTPUTS: join(dir, "outputs") } });
    assert.equal(stderr, `info: Wrote 1 metric to "${join(dir, "outputs", "metrics.binproto")}"\n`);
    assert.equal(stdout, "");
    assert.equal(code, 0);
    const message = JobMetrics.decode(readFileSync(join(dir, "outputs", "metrics.binproto")));
    assert.equal(message.jobLevelMetrics?.metrics[0]?.name, "Distance");
  });

  test("run --json prints what it wrote on stdout, for tools, and logs stay on stderr", async (t) => {
    const dir = await tempTree(t, {
      "script.ts": 'export default { report() {} };\n',
      "inputs/logs/log.json": "{}",
    });
    const outputs = join(dir, "outputs");
    const { code, stdout, stderr } = runCli(["run", join(dir, "script.ts"), "--inputs", join(dir, "inputs"), "--outputs", outputs, "--json"]);
    assert.equal(code, 0);
    assert.equal(stderr, `info: The script has no test handler: writing an empty result\ninfo: Wrote 0 metrics to "${join(outputs, "metrics.binproto")}"\n`);
    const summary = { mode: "test", outputPath: join(outputs, "metrics.binproto"), handled: false, metricCount: 0, status: "PASSED_METRIC_STATUS", previewPath: null };
    assert.equal(stdout, `${JSON.stringify(summary)}\n`);
    const pretty = runCli(["run", join(dir, "script.ts"), "--inputs", join(dir, "inputs"), "--outputs", outputs, "--json", "--pretty"]);
    assert.equal(pretty.stdout, `${JSON.stringify(summary, null, 2)}\n`);
  });

  test("run exits with code 1 and the user's frames when the handler throws, never printing the token", async (t) => {
    const dir = await tempTree(t, {
      "script.ts": 'import type { BatchContext } from "resim-metrics";\nexport default (ctx: BatchContext) => {\n  throw new Error(`rejected ${ctx.config.authToken.reveal()}`);\n};\n',
      "inputs/batch_metrics_config.json": batchConfig,
    });
    for (const debug of [[], ["--debug"]]) {
      const { code, stderr } = runCli([...debug, "run", join(dir, "script.ts"), "--inputs", join(dir, "inputs"), "--outputs", join(dir, "outputs")]);
      assert.equal(code, 1);
      assert.ok(!stderr.includes(token), stderr);
      const failure = stderr.slice(stderr.indexOf("resim-metrics: "));
      assert.equal(
        failure.split("\n").slice(0, 2).join("\n"),
        `resim-metrics: Cannot run the batch handler of "${join(dir, "script.ts")}": Error: rejected [redacted]\n    at default (${join(dir, "script.ts")}:3:9)`,
      );
    }
  });

  test("run exits with code 1 and writes nothing when the handler's promise never settles", async (t) => {
    const dir = await tempTree(t, {
      "script.ts": 'import { defineMetrics } from "resim-metrics";\nexport default defineMetrics({\n  test(ctx) {\n    ctx.writer.addScalarMetric("Never").withValue(1);\n    return new Promise(() => {});\n  },\n});\n',
      "inputs/logs": null,
    });
    const { code, stdout, stderr } = runCli(["run", join(dir, "script.ts"), "--inputs", join(dir, "inputs"), "--outputs", join(dir, "outputs")]);
    assert.deepEqual(
      { code, stdout, stderr },
      {
        code: 1,
        stdout: "",
        stderr: `resim-metrics: Cannot run the test handler of "${join(dir, "script.ts")}": the handler never finished: its promise was still pending when nothing was left to run (make it resolve once its work is done); nothing was written\n`,
      },
    );
    assert.deepEqual(readdirSync(join(dir, "outputs")), []);
  });

  const usageFailures: { name: string; tree: Record<string, string | null>; script: string; message: (dir: string) => string }[] = [
    { name: "a missing script", tree: { "inputs/logs": null }, script: "missing.ts", message: (dir) => `Cannot load script "${join(dir, "missing.ts")}": no such file` },
    {
      name: "inputs selecting no mode",
      tree: { "script.ts": "export default () => {};", inputs: null },
      script: "script.ts",
      message: (dir) => `Cannot detect the mode: "${join(dir, "inputs")}" holds none of report_config.json (report mode), batch_metrics_config.json (batch mode), experience/ or logs/ (test mode)`,
    },
    {
      name: "an outputs folder that cannot be created",
      tree: { "script.ts": "export default () => {};", "inputs/logs": null, outputs: "a file" },
      script: "script.ts",
      message: (dir) => `Cannot create folder "${join(dir, "outputs")}": a parent of it is not a folder`,
    },
  ];
  for (const { name, tree, script, message } of usageFailures) {
    test(`run exits with code 2 and one line for ${name}`, async (t) => {
      const dir = await tempTree(t, tree);
      const { code, stdout, stderr } = runCli(["run", join(dir, script), "--inputs", join(dir, "inputs"), "--outputs", join(dir, "outputs")]);
      assert.deepEqual({ code, stdout, stderr }, { code: 2, stdout: "", stderr: `resim-metrics: ${message(dir)}\n` });
    });
  }
});
