import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { fixturePath, repoDir } from "../_shared.ts";
import { tempTree } from "../_temp_tree.ts";

/** The src/ modules and built-in modules (`node:zlib`) a run of `resim-metrics <args>` loads. */
function modulesLoaded(args: readonly string[], cwd?: string): string[] {
  const result = spawnSync(`${repoDir}node_modules/.bin/node`, ["--import", `${repoDir}test/cli/_trace_modules.ts`, `${repoDir}src/cli/main.ts`, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
    timeout: 60_000,
  });
  assert.equal(result.status, 0, result.stderr);
  return result.stderr.split("\n").filter((line) => line.startsWith("loaded ")).map((line) => line.slice("loaded ".length)).sort();
}

test("resim-metrics validate loads the validator but not inspect's summaries and renderers", () => {
  const modules = modulesLoaded(["validate", fixturePath("hello_world.binproto")]);
  assert.ok(modules.includes("src/validate/validate_job_metrics.ts"), modules.join("\n"));
  assert.deepEqual(modules.filter((m) => m.startsWith("src/cli/inspect/")), []);
});

test("resim-metrics inspect loads its renderers but not the validator", () => {
  const modules = modulesLoaded(["inspect", fixturePath("hello_world.binproto")]);
  assert.ok(modules.includes("src/cli/inspect/render.ts"), modules.join("\n"));
  assert.deepEqual(modules.filter((m) => m.startsWith("src/validate/") || m.startsWith("src/cli/validate/")), []);
});

test("resim-metrics --version loads no command's work, nor mode detection, node:crypto, node:zlib or node:fs/promises", () => {
  const modules = modulesLoaded(["--version"]);
  assert.deepEqual(modules.filter((m) => /^src\/(cli\/(inspect|validate)|validate|proto|evaluation)\/|^src\/modes\/(index|detect|select)\.ts$|^node:(crypto|zlib|fs\/promises)$/.test(m)), []);
});

test("resim-metrics run of a script writing one metric loads neither node:crypto, node:zlib nor node:fs/promises, which cost a start 4, 2 and 2 ms", async (t) => {
  const dir = await tempTree(t, {
    "noop.ts": [
      'import { defineMetrics, MetricImportance, MetricStatus } from "resim-metrics";',
      "export default defineMetrics({",
      "  test(ctx): void {",
      '    ctx.writer.addScalarMetric("noop").withValue(1).withStatus(MetricStatus.PASSED_METRIC_STATUS).withImportance(MetricImportance.LOW_IMPORTANCE);',
      "  },",
      "});",
    ].join("\n"),
    "inputs/logs": null,
  });
  const modules = modulesLoaded(["run", "noop.ts", "--inputs", "inputs", "--outputs", "outputs"], dir);
  assert.ok(modules.includes("src/sdk/writer.ts") && modules.includes("node:fs"), modules.join("\n"));
  assert.deepEqual(modules.filter((m) => /^node:(crypto|zlib|http|https|fs\/promises)$/.test(m)), []);
});

test("resim-metrics run in test mode loads neither the API client, the default report nor the preview", async (t) => {
  const outputs = await tempTree(t);
  const example = `${repoDir}examples/test-mode`;
  const modules = modulesLoaded(["run", `${example}/script.ts`, "--inputs", `${example}/inputs`, "--outputs", outputs]);
  assert.ok(modules.includes("src/runner/batch_data.ts"), modules.join("\n"));
  assert.deepEqual(modules.filter((m) => /^src\/(api\/(client|http_source|index)|reports\/|preview\/)/.test(m)), []);
});
