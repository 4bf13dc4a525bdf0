import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { JobMetrics } from "../../src/proto/index.ts";
import { repoDir } from "../_shared.ts";
import { tempTree } from "../_temp_tree.ts";
import { runCli } from "./_run_cli.ts";

/**
 * Loaded with `--import`: flushing a file to disk never finishes, so a run
 * stays in the middle of writing metrics.binproto until it is signalled.
 */
const stallAtFlush = [
  'import fs from "node:fs";',
  'import { syncBuiltinESMExports } from "node:module";',
  "fs.fsync = () => {",
  '  process.stdout.write("flushing\\n");',
  "  setInterval(() => {}, 1000);",
  "};",
  "syncBuiltinESMExports();",
].join("\n");

const script = [
  'import { defineMetrics, MetricImportance, MetricStatus } from "resim-metrics";',
  "export default defineMetrics({",
  "  test(ctx) {",
  '    ctx.writer.addScalarMetric("Distance").withValue(12.5)',
  "      .withStatus(MetricStatus.PASSED_METRIC_STATUS).withImportance(MetricImportance.HIGH_IMPORTANCE);",
  "  },",
  "});",
].join("\n");

async function folder(t: { after(fn: () => void | Promise<void>): void }): Promise<{ dir: string; args: string[]; outputs: string }> {
  const dir = await tempTree(t, { "script.ts": script, "stall.mjs": stallAtFlush, "inputs/logs": null });
  const outputs = join(dir, "outputs");
  return { dir, outputs, args: ["run", join(dir, "script.ts"), "--inputs", join(dir, "inputs"), "--outputs", outputs] };
}

/** Starts a run that stops while flushing its temporary file; resolves once it is there. */
async function stalledRun(dir: string, args: readonly string[]): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", join(dir, "stall.mjs"), join(repoDir, "src/cli/main.ts"), ...args], {
    env: { PATH: process.env["PATH"] ?? "", NO_COLOR: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => chunk.toString().includes("flushing") && resolve());
    child.once("exit", (code, signal) => reject(new Error(`the run ended (${code ?? signal}) before writing: ${stderr}`)));
  });
  return child;
}

function ended(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  return new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
}

const temporary = /^\.metrics\.binproto\..*\.tmp$/;
const temporaries = (outputs: string) => readdirSync(outputs).filter((name) => temporary.test(name));

describe("runs interrupted while writing", () => {
  test("a run killed with SIGKILL leaves its temporary file whole, and the next run removes it", async (t) => {
    const { dir, outputs, args } = await folder(t);
    const killed = await stalledRun(dir, args);
    const [left] = temporaries(outputs);
    assert.ok(left !== undefined, "the killed run has a temporary file");
    killed.kill("SIGKILL");
    assert.deepEqual(await ended(killed), { code: null, signal: "SIGKILL" });
    assert.ok(statSync(join(outputs, left)).size > 0);

    const next = runCli(args);
    assert.equal(next.code, 0, next.stderr);
    assert.match(next.stderr, /Removed "\.metrics\.binproto\..*\.tmp", left in ".*outputs" by a run that ended while writing/);
    assert.deepEqual(readdirSync(outputs), ["metrics.binproto"]);
    assert.equal(JobMetrics.decode(readFileSync(join(outputs, "metrics.binproto"))).jobLevelMetrics?.metrics[0]?.name, "Distance");
  });

  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    test(`a run stopped with ${signal} while writing removes its temporary file and ends by that signal`, async (t) => {
      const { dir, outputs, args } = await folder(t);
      const stopped = await stalledRun(dir, args);
      assert.equal(temporaries(outputs).length, 1);
      stopped.kill(signal);
      assert.deepEqual(await ended(stopped), { code: null, signal });
      assert.deepEqual(readdirSync(outputs), []);
    });
  }

  test("a run leaves alone the temporary file of a run still writing into the same folder", async (t) => {
    const { dir, outputs, args } = await folder(t);
    const writing = await stalledRun(dir, args);
    const [busy] = temporaries(outputs);
    const next = runCli(args);
    assert.equal(next.code, 0, next.stderr);
    assert.deepEqual(readdirSync(outputs).sort(), [busy, "metrics.binproto"].sort());
    writing.kill("SIGTERM");
    await ended(writing);
    assert.deepEqual(readdirSync(outputs), ["metrics.binproto"]);
  });
});
