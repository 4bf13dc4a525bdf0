import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
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
const emissionsExample = join(repoDir, "examples/emissions");

const denoRun = (args: readonly string[]): string[] => ["run", "-A", "--config", join(repoDir, "deno.json"), join(repoDir, "src/cli/main.ts"), ...args];
const denoEnv = (env: Record<string, string> = {}) => ({ PATH: process.env["PATH"] ?? "", HOME: process.env["HOME"] ?? "", NO_COLOR: "1", ...env });

/** Runs the CLI from source under Deno, configured by the repository's deno.json. */
function runDeno(args: readonly string[], cwd = repoDir): CliResult {
  const result = spawnSync(deno, denoRun(args), { cwd, env: denoEnv(), encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** {@link runDeno} without blocking this process, so that an API double in it can answer. */
async function runDenoAsync(args: readonly string[], env: Record<string, string>): Promise<CliResult> {
  const child = spawn(deno, denoRun(args), { cwd: repoDir, env: denoEnv(env), stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  return { code, stdout, stderr };
}

/** Every file under `dir` with its bytes, by path. */
function filesUnder(dir: string): Map<string, Buffer> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(files.map((entry) => [join(entry.parentPath, entry.name).slice(dir.length), readFileSync(join(entry.parentPath, entry.name))]));
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
    { name: "config check", args: ["config", "check", join(emissionsExample, ".resim/metrics/config.resim.yml")] },
    { name: "config merge", args: ["config", "merge", join(emissionsExample, ".resim/metrics/config.resim.yml")] },
    { name: "types --config --topics-only", args: ["types", "--config", join(emissionsExample, ".resim/metrics/config.resim.yml"), "--topics-only"] },
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

  test("fetch reads a batch from the API under Deno into the same files as under Node", async (t) => {
    const dir = await tempTree(t);
    const batch = mixedBatch();
    await withApiDouble({ world: batch.world, token: testToken }, async (double) => {
      const fetched = await runDenoAsync(["fetch", "--project", batch.ref.projectID, "--batch", batch.ref.batchID, "--out", join(dir, "deno"), "--api-url", double.apiURL], { RESIM_API_TOKEN: testToken });
      assert.equal(fetched.code, 0, fetched.stderr);
      await saveBatch(httpSource(createClient({ apiURL: double.apiURL, token: testToken })), batch.ref, join(dir, "node"));
    });
    const [underDeno, underNode] = [filesUnder(join(dir, "deno")), filesUnder(join(dir, "node"))];
    assert.ok(underNode.size > 10, `only ${underNode.size} files saved`);
    assert.deepEqual([...underDeno.keys()].sort(), [...underNode.keys()].sort());
    // The manifest differs only in when each was fetched.
    const manifest = (files: Map<string, Buffer>) => ({ ...JSON.parse(files.get("/manifest.json")!.toString()), fetchedAt: undefined });
    assert.deepEqual(manifest(underDeno), manifest(underNode));
    const differing = [...underNode].filter(([path, bytes]) => path !== "/manifest.json" && !bytes.equals(underDeno.get(path)!)).map(([path]) => path);
    assert.deepEqual(differing, []);
  });

  test("eval gives the same verdicts under Deno as under Node, with DuckDB's native library from node_modules", async (t) => {
    const line = (t: number, speed: number) => `{"$metadata": {"topic": "position", "timestamp": ${t}}, "$data": {"x": ${t}.0, "y": 0.0, "speed": ${speed}, "mode": "cruise"}}`;
    const dir = await tempTree(t, {
      "runs/calm.jsonl": [line(0, 9.5), line(1, 10.5)].join("\n") + "\n",
      "runs/fast.jsonl": [line(0, 12.5), line(1, 16.5)].join("\n") + "\n",
    });
    const args = ["eval", "--config", join(emissionsExample, ".resim/metrics/config.resim.yml"), join(dir, "runs")];
    const withoutTimes = ({ code, stdout, stderr }: CliResult) => ({ code, stdout: stdout.replace(/[\d.]+ ms/g, "… ms"), stderr });
    const underDeno = withoutTimes(runDeno(args, emissionsExample));
    assert.deepEqual(underDeno, withoutTimes(runCli(args, { cwd: emissionsExample })));
    assert.equal(underDeno.code, 1, underDeno.stdout);
    assert.match(underDeno.stdout, /^FAIL_BLOCK {3}Top speed \[fast\]/m);
  });

  test("a program emits the same lines under Deno as under Node, and validate --config accepts them", async (t) => {
    const dir = await tempTree(t, {
      "config.resim.yml": "version: 1\ntopics:\n  speed: {schema: {v: float, n: int, tags: \"string[]\"}}\n  crash: {event: true, schema: {name: string}}\n",
    });
    // Inside the repository, so that Node resolves "resim-metrics" to this package by its own name (its sources, with --conditions=source).
    const script = join(repoDir, ".cache/deno-emissions/emit.ts");
    mkdirSync(dirname(script), { recursive: true });
    writeFileSync(script, [
        'import { Emitter, ReSimValidationError } from "resim-metrics";',
        "const [config, output] = process.argv.slice(2);",
        "using emitter = new Emitter({ config, output });",
        'emitter.emit("speed", { v: 0.5, n: 1, tags: ["é"] }, 1757039356353349217n);',
        'emitter.emitSeries("speed", { v: [1.25, 2], n: [2, 3], tags: [[], ["a"]] }, [10, 20]);',
        'emitter.emitEvent("crash", { name: "c" }, 30);',
        'try { emitter.emit("speed", { v: 1, n: true, tags: [] }); } catch (error) { if (error instanceof ReSimValidationError) console.log(error.message); }',
      ].join("\n"));
    const nodeOut = join(dir, "node.jsonl");
    const denoOut = join(dir, "deno.jsonl");
    const node = spawnSync(process.execPath, ["--conditions=source", script, join(dir, "config.resim.yml"), nodeOut], { cwd: repoDir, encoding: "utf8" });
    assert.equal(node.status, 0, node.stderr);
    const underDeno = spawnSync(deno, ["run", "-A", "--config", join(repoDir, "deno.json"), script, join(dir, "config.resim.yml"), denoOut], {
      cwd: repoDir,
      env: { PATH: process.env["PATH"] ?? "", HOME: process.env["HOME"] ?? "", NO_COLOR: "1" },
      encoding: "utf8",
    });
    assert.equal(underDeno.status, 0, underDeno.stderr);
    assert.equal(underDeno.stdout, node.stdout);
    assert.equal(readFileSync(denoOut, "utf8"), readFileSync(nodeOut, "utf8"));
    const args = ["validate", "--config", join(dir, "config.resim.yml"), denoOut];
    assert.deepEqual(runDeno(args), runCli(args));
    assert.equal(runCli(args).code, 0);
  });
});
