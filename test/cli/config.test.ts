import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { repoDir } from "../_shared.ts";
import { tempTree } from "../_temp_tree.ts";
import { run } from "./_run.ts";
import { runCli } from "./_run_cli.ts";

const example = join(repoDir, "examples/emissions");

describe("config check", () => {
  test("the example's config is valid; without arguments the project's default config is checked", () => {
    const result = runCli(["config", "check"], { cwd: example });
    assert.equal(result.stdout, ".resim/metrics/config.resim.yml: valid (3 topics, 10 metrics, 1 metrics set, 0 dashboards)\n");
    assert.equal(result.code, 0, result.stderr);
  });

  test("lists every problem as file:line:column and exits 1", async (t) => {
    const dir = await tempTree(t, {
      "a.yml": "version: 1\ntopics:\n  speed: {schema: {v: float}}\nmetrics:\n  M: {type: test, query_string: select 1, template_type: system, template: lines}\nmetrics sets:\n  S: {metrics: [M, N]}\n",
      "b.yml": "version: 1\ntopics:\n  speed: {schema: {v: int}}\n",
    });
    const result = await run("config", "check", join(dir, "a.yml"), join(dir, "b.yml"));
    assert.deepEqual(result.stdout.split("\n"), [
      `${join(dir, "a.yml")}:5:66: error: metrics › M › template: unknown system template "lines": one of line, bar, table, scalar, histogram, pie, state_timeline, image, video, artifact`,
      `${join(dir, "a.yml")}:7:20: error: metrics sets › S › metrics › [1]: no metric is named "N"`,
      `${join(dir, "b.yml")}:3:3: error: topics › speed: duplicate topic name "speed": also defined in ${join(dir, "a.yml")}:3:3; names must be unique across config files`,
      `${join(dir, "a.yml")} + ${join(dir, "b.yml")}: invalid (3 errors)`,
      "",
    ]);
    assert.equal(result.code, 1);
  });

  test("--json reports each problem with its place", async (t) => {
    const dir = await tempTree(t, { "c.yml": "version: 1\ntopics: [a]\n" });
    const result = await run("config", "check", "--json", join(dir, "c.yml"));
    const report = JSON.parse(result.stdout) as { valid: boolean; problems: { line: number; column: number; key: string; message: string }[] };
    assert.equal(report.valid, false);
    assert.deepEqual(report.problems.map((p) => [p.line, p.column, p.key, p.message]), [[2, 1, "topics", "topics must be a mapping of names to entries, not a list"]]);
    assert.equal(result.code, 1);
  });

  test("invalid YAML is a problem (exit 1); an unreadable file exits 2", async (t) => {
    const dir = await tempTree(t, { "c.yml": "version: 1\ntopics: {a: [\n" });
    const bad = await run("config", "check", join(dir, "c.yml"));
    assert.match(bad.stdout, /c\.yml:\d+:\d+: error: invalid YAML: /);
    assert.equal(bad.code, 1);
    const missing = await run("config", "check", join(dir, "nope.yml"));
    assert.match(missing.stderr, /^resim-metrics: Cannot read ".*nope\.yml" \(nor ".*nope\.yaml"\): no such file or directory\n$/);
    assert.equal(missing.code, 2);
  });
});

describe("config merge", () => {
  test("prints the merged YAML, each file's global settings applied", async (t) => {
    const dir = await tempTree(t, {
      "a.yml": "version: 1\nglobal: {skip-if-no-data: true}\ntopics:\n  speed: {schema: {v: float}}\nmetrics:\n  M: {type: test, query_string: select 1, template_type: system, template: scalar}\n",
      "b.yml": "version: 1\nmetrics sets:\n  S: {metrics: [M]}\n",
    });
    const result = await run("config", "merge", join(dir, "a.yml"), join(dir, "b.yml"));
    assert.equal(
      result.stdout,
      "version: 1\ntopics:\n  speed:\n    schema:\n      v: float\nmetrics:\n  M:\n    type: test\n    query_string: select 1\n    template_type: system\n    template: scalar\n    skip_if_no_data: true\nmetrics sets:\n  S:\n    metrics:\n      - M\n",
    );
    assert.equal(result.code, 0, result.stderr);
  });

  test("conflicting files print their problems and nothing else", async (t) => {
    const dir = await tempTree(t, { "a.yml": "version: 1\n", "b.yml": "version: 2\n" });
    const result = await run("config", "merge", join(dir, "a.yml"), join(dir, "b.yml"));
    assert.equal(result.stdout, "");
    assert.match(result.stderr, /b\.yml:1:1: error: version: 2 here but 1 in .*a\.yml: every file must declare the same version/);
    assert.equal(result.code, 1);
  });
});
