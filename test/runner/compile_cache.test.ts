import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { compileTypeScriptCached } from "../../src/runner/compile_cache.ts";
import { compileTypeScript, type CompiledScript } from "../../src/runner/typescript.ts";
import { repoDir } from "../_shared.ts";
import { tempTree } from "../_temp_tree.ts";

const script = "export const speed: number = 3;\n";

/** A compiler that counts its calls. */
function countingCompiler(): { compile: (source: string, path: string) => CompiledScript; calls: () => number } {
  let calls = 0;
  return {
    compile: (source, path) => {
      calls += 1;
      return compileTypeScript(source, path);
    },
    calls: () => calls,
  };
}

function entries(root: string): string[] {
  return readdirSync(join(root, "scripts"));
}

test("compileTypeScriptCached() compiles a script once and reuses the stored result", async (t) => {
  const root = await tempTree(t);
  const compiler = countingCompiler();
  const first = compileTypeScriptCached(script, "/scripts/a.ts", { roots: [root], version: "1.0.0", compile: compiler.compile });
  const second = compileTypeScriptCached(script, "/scripts/a.ts", { roots: [root], version: "1.0.0", compile: compiler.compile });
  assert.equal(compiler.calls(), 1);
  assert.deepEqual(second, first);
  assert.equal(second.code, compileTypeScript(script, "/scripts/a.ts").code);
  assert.equal(entries(root).length, 1);
});

test("compileTypeScriptCached() compiles again when the source, the path or the tool's version changes", async (t) => {
  const root = await tempTree(t);
  const compiler = countingCompiler();
  const options = { roots: [root], version: "1.0.0", compile: compiler.compile };
  compileTypeScriptCached(script, "/scripts/a.ts", options);
  const changed = compileTypeScriptCached("export const speed: number = 4;\n", "/scripts/a.ts", options);
  assert.match(changed.code, /speed = 4/);
  compileTypeScriptCached(script, "/scripts/b.ts", options);
  compileTypeScriptCached(script, "/scripts/a.ts", { ...options, version: "1.0.1" });
  assert.equal(compiler.calls(), 4);
});

test("compileTypeScriptCached() ignores a corrupt or foreign entry and replaces it", async (t) => {
  const root = await tempTree(t);
  const compiler = countingCompiler();
  const options = { roots: [root], version: "1.0.0", compile: compiler.compile };
  compileTypeScriptCached(script, "/scripts/a.ts", options);
  const entry = join(root, "scripts", entries(root)[0]!);
  for (const damaged of ["{not json", "null", '"text"', JSON.stringify({ version: "1.0.0", path: "/scripts/a.ts", source: script, code: 42 })]) {
    writeFileSync(entry, damaged);
    assert.equal(compileTypeScriptCached(script, "/scripts/a.ts", options).code, compileTypeScript(script, "/scripts/a.ts").code);
  }
  assert.equal(compiler.calls(), 5);
  assert.equal((JSON.parse(readFileSync(entry, "utf8")) as { code: unknown }).code, compileTypeScript(script, "/scripts/a.ts").code);
  compileTypeScriptCached(script, "/scripts/a.ts", options);
  assert.equal(compiler.calls(), 5);
});

test("compileTypeScriptCached() falls back to the next cache folder, and compiles without storing when none is writable", async (t) => {
  // A file where a cache folder should be: no folder can be made under it, whoever runs the test.
  const dir = await tempTree(t, { "not-a-folder": "", "writable/keep": "" });
  const compiler = countingCompiler();
  const roots = [join(dir, "not-a-folder"), join(dir, "writable")];
  compileTypeScriptCached(script, "/scripts/a.ts", { roots, version: "1.0.0", compile: compiler.compile });
  compileTypeScriptCached(script, "/scripts/a.ts", { roots, version: "1.0.0", compile: compiler.compile });
  assert.equal(compiler.calls(), 1);
  assert.equal(entries(join(dir, "writable")).length, 1);
  const compiled = compileTypeScriptCached(script, "/scripts/c.ts", { roots: [join(dir, "not-a-folder")], version: "1.0.0", compile: compiler.compile });
  assert.match(compiled.code, /speed = 3/);
  assert.equal(compiler.calls(), 2);
});

test("compileTypeScriptCached() stores no failure: a script that does not parse fails on every run", async (t) => {
  const root = await tempTree(t);
  const options = { roots: [root], version: "1.0.0" };
  assert.throws(() => compileTypeScriptCached("export const = ;\n", "/scripts/bad.ts", options), /Cannot compile "\/scripts\/bad.ts:1:/);
  assert.throws(() => compileTypeScriptCached("export const = ;\n", "/scripts/bad.ts", options), /Cannot compile/);
});

test("resim-metrics run stores the compiled script in $XDG_CACHE_HOME, reuses it, and runs the edited script after a change", async (t) => {
  const dir = await tempTree(t, {
    "speed.ts": 'import { defineMetrics, MetricImportance, MetricStatus } from "resim-metrics";\nexport default defineMetrics({ test(ctx): void { ctx.writer.addScalarMetric("speed").withValue(1).withStatus(MetricStatus.PASSED_METRIC_STATUS).withImportance(MetricImportance.LOW_IMPORTANCE); } });\n',
    "inputs/logs": null,
  });
  const run = () =>
    spawnSync(`${repoDir}node_modules/.bin/node`, [`${repoDir}src/cli/main.ts`, "run", "speed.ts", "--inputs", "inputs", "--outputs", "outputs", "--json"], {
      cwd: dir,
      encoding: "utf8",
      env: { ...process.env, XDG_CACHE_HOME: join(dir, "cache") },
    });
  const first = run();
  assert.equal(first.status, 0, first.stderr);
  const [entry] = entries(join(dir, "cache/resim-metrics"));
  const stored = JSON.parse(readFileSync(join(dir, "cache/resim-metrics/scripts", entry!), "utf8")) as { path: string; code: string };
  assert.equal(stored.path, join(dir, "speed.ts"));
  // The stored code is what runs: an edit of the entry shows in the metrics written.
  writeFileSync(join(dir, "cache/resim-metrics/scripts", entry!), JSON.stringify({ ...stored, code: stored.code.replace('"speed"', '"from cache"') }));
  assert.match(run().stdout, /"metricCount": ?1/);
  assert.match(readFileSync(join(dir, "outputs/metrics.binproto")).toString("latin1"), /from cache/);
  writeFileSync(join(dir, "speed.ts"), readFileSync(join(dir, "speed.ts"), "utf8").replace('"speed"', '"edited"'));
  assert.equal(run().status, 0);
  const output = readFileSync(join(dir, "outputs/metrics.binproto")).toString("latin1");
  assert.match(output, /edited/);
  assert.doesNotMatch(output, /from cache/);
});
