import { before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliDecompressSync } from "node:zlib";
import pkg from "../../package.json" with { type: "json" };
import { JobMetrics } from "../../src/proto/index.ts";
import { MetricStatus } from "../../src/sdk/index.ts";
import { bundleDeclarations } from "../../build/declarations.ts";
import { fixturePath, repoDir } from "../_shared.ts";
import { ensureBinary } from "../_binary.ts";
import { tempTree, type Tree } from "../_temp_tree.ts";

const nodeVersion = (JSON.parse(readFileSync(join(repoDir, "node_modules/node/package.json"), "utf8")) as { version: string }).version;
let binary = "";
before(async () => {
  binary = await ensureBinary();
});

function runBinary(args: readonly string[], cwd: string, env: Record<string, string> = {}) {
  const result = spawnSync(binary, args, { cwd, env: { NO_COLOR: "1", ...env }, encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const scriptTree: Tree = {
  "package.json": '{ "type": "commonjs" }',
  "inputs/logs/log.json": '{ "speeds": [3, 7.5, 4] }',
  "script.ts": [
    'import { defineMetrics, MetricImportance, MetricStatus } from "resim-metrics";',
    'import { Limit, top } from "./util.js";',
    "export default defineMetrics({",
    "  async test(ctx) {",
    '    const { speeds } = await ctx.readJson<{ speeds: number[] }>("logs/log.json");',
    '    ctx.writer.addScalarMetric("Top speed").withValue(top(speeds))',
    "      .withStatus(top(speeds) > Limit.Speed ? MetricStatus.FAIL_WARN_METRIC_STATUS : MetricStatus.PASSED_METRIC_STATUS)",
    "      .withImportance(MetricImportance.HIGH_IMPORTANCE);",
    "  },",
    "});",
  ].join("\n"),
  "util.ts": "export enum Limit { Speed = 5 }\nexport function top(values: readonly number[]): number { return Math.max(...values); }\n",
};

describe("the single binary", () => {
  test("--version prints our version and the embedded Node's", async (t) => {
    const dir = await tempTree(t);
    assert.deepEqual(runBinary(["--version"], dir), { code: 0, stdout: `resim-metrics ${pkg.version} (node ${nodeVersion})\n`, stderr: "" });
  });

  test("run loads a TypeScript script with imports beside a CommonJS package.json and writes its metrics", async (t) => {
    const dir = await tempTree(t, scriptTree);
    const { code, stderr } = runBinary(["run", "script.ts", "--inputs", "inputs", "--outputs", "outputs"], dir);
    assert.equal(stderr, `info: Wrote 1 metric to "${join(dir, "outputs", "metrics.binproto")}"\n`);
    assert.equal(code, 0);
    const message = JobMetrics.decode(readFileSync(join(dir, "outputs", "metrics.binproto")));
    assert.equal(message.jobLevelMetrics?.metrics[0]?.name, "Top speed");
    assert.equal(message.metricsStatus, MetricStatus.FAIL_WARN_METRIC_STATUS);
  });

  test("run fails with exit code 1 when the handler's promise never settles, writing nothing", async (t) => {
    const dir = await tempTree(t, {
      "inputs/logs": null,
      "script.ts": 'export default function handler(): Promise<void> {\n  return new Promise(() => {});\n}\n',
    });
    const { code, stdout, stderr } = runBinary(["run", "script.ts", "--inputs", "inputs", "--outputs", "outputs"], dir);
    assert.deepEqual({ code, stdout }, { code: 1, stdout: "" });
    assert.match(stderr, /^resim-metrics: Cannot run the test handler of ".*script\.ts": the handler never finished: .*; nothing was written\n$/);
    assert.deepEqual(readdirSync(join(dir, "outputs")), []);
  });

  test("run resolves CommonJS packages from a node_modules beside the script", async (t) => {
    const dir = await tempTree(t, {
      "inputs/logs": null,
      "node_modules/pad/package.json": '{ "name": "pad", "main": "index.js" }',
      "node_modules/pad/index.js": 'module.exports = (value, width) => String(value).padStart(width, "0");',
      "script.ts": 'import pad from "pad";\nexport default (ctx: { log: { info(line: string): void } }) => ctx.log.info(pad(7, 3));\n',
    });
    const { code, stderr } = runBinary(["run", "script.ts", "--inputs", "inputs", "--outputs", "outputs"], dir);
    assert.equal(code, 0, stderr);
    assert.equal(stderr.split("\n")[0], "info: 007");
  });

  test("each run gets fresh random ids", async (t) => {
    const dir = await tempTree(t, scriptTree);
    const jobIds = [1, 2].map(() => {
      runBinary(["run", "script.ts", "--inputs", "inputs", "--outputs", "outputs"], dir);
      return JobMetrics.decode(readFileSync(join(dir, "outputs", "metrics.binproto"))).jobId?.id?.data;
    });
    assert.notEqual(jobIds[0], jobIds[1]);
  });

  test("a failing script shows its own frames at its TypeScript lines, not the bundle's", async (t) => {
    const dir = await tempTree(t, {
      "inputs/logs": null,
      "script.ts": 'import { defineMetrics } from "resim-metrics";\nconst check = (speed: number): void => { throw new RangeError(`speed ${speed}`); };\nexport default defineMetrics({ test() { check(9); } });\n',
    });
    const { code, stderr } = runBinary(["run", "script.ts", "--inputs", "inputs"], dir);
    assert.equal(code, 1);
    assert.equal(
      stderr,
      [
        `resim-metrics: Cannot run the test handler of "${join(dir, "script.ts")}": RangeError: speed 9`,
        `    at check (${join(dir, "script.ts")}:2:48)`,
        `    at test (${join(dir, "script.ts")}:3:41)`,
        "",
      ].join("\n"),
    );
  });

  test("the CLI starts from the code cache recorded at build time", async (t) => {
    const dir = await tempTree(t);
    assert.equal(runBinary(["--version"], dir, { RESIM_METRICS_DEBUG: "1" }).stderr, "");
  });

  test("a code cache V8 rejects is reported under --debug, and the CLI still runs", async (t) => {
    const dir = await tempTree(t);
    // Code-generation flags are part of what V8 checks a cache against.
    const { code, stdout, stderr } = runBinary(["--version", "--debug"], dir, { NODE_OPTIONS: "--jitless" });
    assert.equal(code, 0);
    assert.equal(stdout, `resim-metrics ${pkg.version} (node ${nodeVersion})\n`);
    assert.equal(
      stderr,
      "debug: Cannot start resim-metrics.cjs from its code cache: V8 rejected it (V8 flags differ from the build's, e.g. through NODE_OPTIONS); compiling as it runs\n",
    );
  });

  test("run loads neither node:child_process, which commander imports, nor node:v8, nor the streams of process.stdout and process.stderr", async (t) => {
    const dir = await tempTree(t, {
      "inputs/logs": null,
      "script.ts": 'export default (ctx: { log: { info(line: string): void } }) => ctx.log.info((process as unknown as { moduleLoadList: string[] }).moduleLoadList.filter((m) => /^NativeModule (child_process|v8|net|stream|internal\\/streams\\/writable)$/.test(m)).join());\n',
    });
    // Standard error is a pipe here, for which process.stderr would be a socket of node:net.
    const { code, stderr } = runBinary(["run", "script.ts", "--inputs", "inputs", "--outputs", "outputs"], dir);
    assert.equal(code, 0, stderr);
    assert.equal(stderr.split("\n")[0], "info: ");
  });

  test("a run starts with a young generation of 4 MiB per semi-space, so that a short run collects no garbage", async (t) => {
    const dir = await tempTree(t, {
      "inputs/logs": null,
      "script.ts": [
        'import { getHeapSpaceStatistics } from "node:v8";',
        'const young = getHeapSpaceStatistics().find((space) => space.space_name === "new_space")!;',
        "export default (ctx: { log: { info(line: string): void } }) => ctx.log.info(String(young.space_used_size + young.space_available_size));",
      ].join("\n"),
    });
    const { code, stderr } = runBinary(["run", "script.ts", "--inputs", "inputs", "--outputs", "outputs"], dir);
    assert.equal(code, 0, stderr);
    // The capacity of the semi-space in use: V8's default starts at 1 MiB and doubles at a scavenge.
    assert.ok(Number(/^info: (\d+)$/m.exec(stderr)?.[1]) > 3.9 * 2 ** 20, stderr);
  });

  test("the chunks a command loads start from their code caches too: the TypeScript compiler and YAML", async (t) => {
    const dir = await tempTree(t, {
      ...scriptTree,
      "config.resim.yml": "version: 1\ntopics:\n  speed:\n    schema:\n      value: float\n",
      cache: null,
    });
    const env = { RESIM_METRICS_DEBUG: "1", XDG_CACHE_HOME: join(dir, "cache"), HOME: join(dir, "cache") };
    const run = runBinary(["run", "script.ts", "--inputs", "inputs", "--outputs", "outputs"], dir, env);
    assert.equal(run.code, 0, run.stderr);
    assert.doesNotMatch(run.stderr, /Cannot start/);
    assert.notDeepEqual(readdirSync(join(dir, "cache/resim-metrics/scripts")), [], "the script was compiled, not taken from a cache");
    const check = runBinary(["config", "check", "config.resim.yml"], dir, env);
    assert.equal(check.code, 0, check.stderr);
    assert.doesNotMatch(check.stderr, /Cannot start/);
  });

  test("Metrics 2.0 from the binary: a run script emits checked emissions; config check, validate --config and types --config", async (t) => {
    const dir = await tempTree(t, {
      ".resim/metrics/config.resim.yml": "version: 1\ntopics:\n  speed: {schema: {v: float}}\n  crash: {event: true, schema: {name: string}}\n",
      "inputs/logs": null,
      "script.ts": [
        'import { join } from "node:path";',
        'import { defineMetrics, Emitter, ReSimValidationError } from "resim-metrics";',
        "export default defineMetrics({",
        "  test(ctx) {",
        '    using emitter = new Emitter({ config: ".resim/metrics/config.resim.yml", output: join(ctx.outputsDir, "emissions.resim.jsonl") });',
        '    emitter.emitSeries("speed", { v: [1.5, 2.5] }, [1n, 2n]);',
        '    emitter.emitEvent("crash", { name: "bump" }, 3);',
        '    try { emitter.emit("speed", { v: "fast" }); } catch (error) { if (error instanceof ReSimValidationError) ctx.log.info(error.detail); }',
        "  },",
        "});",
      ].join("\n"),
    });
    const run = runBinary(["run", "script.ts", "--inputs", "inputs", "--outputs", "outputs"], dir);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /^info: expected type float, got str with value 'fast'\n/);
    const validate = runBinary(["validate", "--config", ".resim/metrics/config.resim.yml", "outputs/emissions.resim.jsonl"], dir);
    assert.deepEqual(validate, { code: 0, stdout: "outputs/emissions.resim.jsonl: valid (3 lines, 2 topics)\n", stderr: "checking against .resim/metrics/config.resim.yml\n" });
    assert.deepEqual(runBinary(["config", "check"], dir), { code: 0, stdout: ".resim/metrics/config.resim.yml: valid (2 topics, 0 metrics, 0 metrics sets, 0 dashboards)\n", stderr: "" });
    const types = runBinary(["types", "--config", ".resim/metrics/config.resim.yml"], dir);
    assert.equal(types.code, 0, types.stderr);
    assert.ok(types.stdout.startsWith(bundleDeclarations()));
    assert.match(types.stdout, /interface EmissionTopics \{\n {4}speed: \{ v: number \| bigint \};\n {2}\}/);
  });

  test("types prints the declarations embedded at build time", async (t) => {
    const dir = await tempTree(t);
    const { code, stdout } = runBinary(["types"], dir);
    assert.equal(code, 0);
    assert.equal(stdout, bundleDeclarations());
  });

  test("preview inlines Plotly from the binary's own asset", async (t) => {
    const dir = await tempTree(t);
    const { code, stderr } = runBinary(["preview", fixturePath("hello_world.binproto"), "--output", join(dir, "page.html")], dir);
    assert.equal(code, 0, stderr);
    const plotly = readFileSync(join(repoDir, "node_modules/plotly.js-dist-min/plotly.min.js"), "utf8");
    assert.ok(readFileSync(join(dir, "page.html"), "utf8").includes(plotly.slice(0, 2000)));
  });

  test("a reader closing the pipe early ends the binary quietly", async (t) => {
    const dir = await tempTree(t);
    const piped = spawnSync("bash", ["-c", 'set -o pipefail; "$0" types 2>"$1" | head -c 10 >/dev/null', binary, join(dir, "stderr")], { encoding: "utf8" });
    assert.equal(piped.status, 0);
    assert.equal(readFileSync(join(dir, "stderr"), "utf8"), "");
  });

  test("the binary embeds plotly.min.js.br, brotli of plotly.js-dist-min", async (t) => {
    const dir = await tempTree(t, {
      "inputs/logs": null,
      "script.ts": [
        'import { getAsset } from "node:sea";',
        'import { writeFileSync } from "node:fs";',
        "export default (ctx: { outputsDir: string }) => {",
        '  writeFileSync(`${ctx.outputsDir}/plotly.js.br`, new Uint8Array(getAsset("plotly.min.js.br")));',
        "};",
      ].join("\n"),
    });
    assert.equal(runBinary(["run", "script.ts", "--inputs", "inputs", "--outputs", "outputs"], dir).code, 0);
    const embedded = brotliDecompressSync(readFileSync(join(dir, "outputs", "plotly.js.br")));
    const original = readFileSync(join(repoDir, "node_modules/plotly.js-dist-min/plotly.min.js"));
    assert.ok(embedded.equals(original));
  });
});
