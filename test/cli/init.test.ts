import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { JobMetrics } from "../../src/proto/index.ts";
import { repoDir } from "../_shared.ts";
import { tempTree } from "../_temp_tree.ts";
import { runCli } from "./_run_cli.ts";

function typeCheck(dir: string) {
  const result = spawnSync(join(repoDir, "node_modules/.bin/tsc"), ["-p", dir], { encoding: "utf8" });
  return { code: result.status, output: result.stdout + result.stderr };
}

describe("resim-metrics init and types", () => {
  test("init scaffolds a project that type-checks with no node_modules, and types prints its declarations", async (t) => {
    const dir = await tempTree(t);
    const project = join(dir, "metrics");
    const { code, stdout } = runCli(["init", project]);
    assert.equal(code, 0);
    assert.equal(
      stdout,
      [
        `created ${join(project, "script.ts")}`,
        `created ${join(project, "tsconfig.json")}`,
        `created ${join(project, "resim-metrics.d.ts")}`,
        `created ${join(project, "inputs/logs/log.json")}`,
        `next: cd ${project} && resim-metrics run script.ts --inputs inputs --outputs outputs`,
        "",
      ].join("\n"),
    );
    assert.deepEqual(typeCheck(project), { code: 0, output: "" });
    assert.equal(runCli(["types"]).stdout, readFileSync(join(project, "resim-metrics.d.ts"), "utf8"));
  });

  test("the step init prints next runs the starter script on the sample inputs it wrote", async (t) => {
    const dir = await tempTree(t);
    const { stdout } = runCli(["init", "my metrics"], { cwd: dir });
    const next = stdout.split("\n").at(-2);
    assert.equal(next, "next: cd 'my metrics' && resim-metrics run script.ts --inputs inputs --outputs outputs");
    const project = join(dir, "my metrics");
    const run = runCli(["run", "script.ts", "--inputs", "inputs", "--outputs", "outputs"], { cwd: project });
    assert.deepEqual(run, { code: 0, stdout: "", stderr: `info: Wrote 1 metric to "${join(project, "outputs/metrics.binproto")}"\n` });
    const metric = JobMetrics.decode(readFileSync(join(project, "outputs/metrics.binproto"))).jobLevelMetrics?.metrics[0];
    assert.equal(metric?.name, "Distance travelled");
    assert.equal(runCli(["init", "--force"], { cwd: project }).stdout.split("\n").at(-2), "next: resim-metrics run script.ts --inputs inputs --outputs outputs");
  });

  test("the declarations catch type errors in a script", async (t) => {
    const dir = await tempTree(t);
    runCli(["init", dir]);
    writeFileSync(join(dir, "script.ts"), 'import { defineMetrics } from "resim-metrics";\nexport default defineMetrics({ test(ctx) { ctx.writer.addScalarMetric(1); } });\n');
    const { code, output } = typeCheck(dir);
    assert.notEqual(code, 0);
    assert.match(output, /script\.ts\(2,71\): error TS2345: Argument of type 'number' is not assignable to parameter of type 'string'\./);
  });

  test("the scaffolded script runs in test, batch and report mode", async (t) => {
    const dir = await tempTree(t, {
      "test/logs/log.json": '{ "distance": 42 }',
      "batch/batch_metrics_config.json": JSON.stringify({ authToken: "eyJhbGciOi.init-test.sig", apiURL: "https://api.resim.ai/v1", batchID: "7579affb-3e5b-4f02-871b-bf275aef67ee", projectID: "2f7c6ef8-6a3c-4a0e-9b1c-3c2d1e0f9a8b" }),
    });
    runCli(["init", dir]);
    const test = runCli(["run", join(dir, "script.ts"), "--inputs", join(dir, "test"), "--outputs", join(dir, "out")]);
    assert.equal(test.code, 0, test.stderr);
    assert.equal(JobMetrics.decode(readFileSync(join(dir, "out", "metrics.binproto"))).jobLevelMetrics?.metrics[0]?.name, "Distance travelled");
    const batch = runCli(["run", join(dir, "script.ts"), "--inputs", join(dir, "batch"), "--outputs", join(dir, "out")]);
    assert.equal(batch.stderr.split("\n")[0], "info: batch 7579affb-3e5b-4f02-871b-bf275aef67ee: no batch metrics yet");
  });

  test("init refuses to overwrite files unless --force", async (t) => {
    const dir = await tempTree(t, { "script.ts": "// mine\n", "tsconfig.json": "{}" });
    const refused = runCli(["init", dir]);
    assert.deepEqual(refused, {
      code: 2,
      stdout: "",
      stderr: `resim-metrics: Cannot initialise "${dir}": "script.ts", "tsconfig.json" already exist (pass --force to overwrite)\n`,
    });
    assert.equal(readFileSync(join(dir, "script.ts"), "utf8"), "// mine\n");
    assert.equal(runCli(["init", dir, "--force"]).code, 0);
    assert.match(readFileSync(join(dir, "script.ts"), "utf8"), /defineMetrics/);
  });
});
