import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createClient } from "../../src/api/client.ts";
import { saveBatch, saveReport } from "../../src/api/folder_recorder.ts";
import { httpSource } from "../../src/api/http_source.ts";
import { withApiDouble } from "../_double/hooks.ts";
import { mixedBatch, reportWorld, testToken } from "../_double/scenarios.ts";
import { fixturePath, repoDir } from "../_shared.ts";
import { tempTree } from "../_temp_tree.ts";
import { type CliResult, runCli } from "./_run_cli.ts";

const deno = join(repoDir, "node_modules/.bin/deno");
const example = join(repoDir, "examples/test-mode");

/** Runs the CLI from source under Deno, configured by the repository's deno.json. */
function runDeno(args: readonly string[], cwd = repoDir): CliResult {
  const result = spawnSync(deno, ["run", "-A", "--config", join(repoDir, "deno.json"), join(repoDir, "src/cli/main.ts"), ...args], {
    cwd,
    env: { PATH: process.env["PATH"] ?? "", HOME: process.env["HOME"] ?? "", NO_COLOR: "1" },
    encoding: "utf8",
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("the CLI under Deno", () => {
  test("deno check accepts the sources and the examples", () => {
    const result = spawnSync(deno, ["check", "--config", join(repoDir, "deno.json"), "src/", "examples/"], { cwd: repoDir, env: { ...process.env, NO_COLOR: "1" }, encoding: "utf8" });
    assert.equal(result.status, 0, result.stderr);
  });

  const sameAsNode: { name: string; args: readonly string[] }[] = [
    { name: "inspect", args: ["inspect", fixturePath("hello_world.binproto")] },
    { name: "inspect --json", args: ["inspect", "--json", fixturePath("upstream_all_types.binproto")] },
    { name: "validate", args: ["validate", fixturePath("hello_world.binproto"), fixturePath("upstream_all_types_block.binproto")] },
    { name: "validate of a file that is not metrics", args: ["validate", join(repoDir, "package.json")] },
    { name: "mode", args: ["mode", "--inputs", join(example, "inputs"), "--outputs", "/out"] },
  ];
  for (const { name, args } of sameAsNode) {
    test(`${name} prints what it prints under Node`, () => {
      assert.deepEqual(runDeno(args), runCli(args));
    });
  }

  test("run writes the same metrics as under Node, and reports a failing script the same way", async (t) => {
    const dir = await tempTree(t, {
      "failing.ts": 'import { defineMetrics } from "resim-metrics";\nconst check = (speed: number): void => { throw new RangeError(`speed ${speed}`); };\nexport default defineMetrics({ test() { check(9); } });\n',
      "inputs/logs": null,
    });
    const outputs = { node: join(dir, "node"), deno: join(dir, "deno") };
    const node = runCli(["run", join(example, "script.ts"), "--inputs", join(example, "inputs"), "--outputs", outputs.node]);
    const underDeno = runDeno(["run", join(example, "script.ts"), "--inputs", join(example, "inputs"), "--outputs", outputs.deno], dir);
    assert.deepEqual(underDeno, { ...node, stderr: node.stderr.replace(outputs.node, outputs.deno) });
    // Ids are random: compare what inspect shows, without the job id line.
    const shown = (file: string) => runCli(["inspect", join(file, "metrics.binproto")]).stdout.split("\n").slice(1).filter((line) => !line.startsWith("Job"));
    assert.deepEqual(shown(outputs.deno), shown(outputs.node));

    const failing = ["run", join(dir, "failing.ts"), "--inputs", join(dir, "inputs"), "--outputs", join(dir, "out")];
    assert.deepEqual(runDeno(failing, dir), runCli(failing));
  });

  test("run replays a fetched batch and the default report from a fetched report to the same bytes as under Node", async (t) => {
    const dir = await tempTree(t);
    const batch = mixedBatch();
    const report = reportWorld(false);
    await withApiDouble({ world: { projects: [batch.project, report.project] }, token: testToken }, async (double) => {
      const source = httpSource(createClient({ apiURL: double.apiURL, token: testToken }));
      await saveBatch(source, batch.ref, join(dir, "batch"));
      await saveReport(source, report.ref, join(dir, "report"));
    });
    const runs = [
      [join(repoDir, "examples/batch-mode/script.ts"), "--from", join(dir, "batch")],
      ["--default-report", "--from", join(dir, "report")],
    ];
    for (const [i, args] of runs.entries()) {
      const outputs = { node: join(dir, `node-${i}`), deno: join(dir, `deno-${i}`) };
      const node = runCli(["run", ...args, "--seed", "5", "--outputs", outputs.node]);
      assert.equal(node.code, 0, node.stderr);
      assert.deepEqual(runDeno(["run", ...args, "--seed", "5", "--outputs", outputs.deno]), { ...node, stderr: node.stderr.replace(outputs.node, outputs.deno) });
      assert.deepEqual(readFileSync(join(outputs.deno, "metrics.binproto")), readFileSync(join(outputs.node, "metrics.binproto")));
    }
  });
});
