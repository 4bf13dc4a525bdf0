import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { chmodSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { once } from "node:events";
import { fixturePath, repoDir } from "../_shared.ts";
import { tempTree } from "../_temp_tree.ts";

const main = `${repoDir}src/cli/main.ts`;

/** Runs the CLI to completion. */
async function run(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [main, ...args], { env: { ...process.env, NO_COLOR: "1", ...env } });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => (stdout += chunk));
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const [code] = await once(child, "close");
  return { code, stdout, stderr };
}

test("preview writes the page and summarises it", async (t) => {
  const output = join(await tempTree(t), "out.html");
  const result = await run(["preview", fixturePath("upstream_all_types.binproto"), "-o", output]);
  assert.deepEqual(result, { code: 0, stdout: `Wrote ${output}: 19 metrics, 2 events, 3 warnings\n`, stderr: "" });
  assert.ok(existsSync(output));
});

const failures: [string, string[], string][] = [
  ["a missing input", ["preview", "/nonexistent/metrics.binproto"], `resim-metrics: Cannot read "/nonexistent/metrics.binproto": no such file or directory\n`],
  ["a folder without metrics", ["preview", fixturePath("")], `resim-metrics: Cannot preview "${fixturePath("")}": the folder holds no metrics.binproto\n`],
  ["a single metric", ["preview", fixturePath("single_metric.binproto")], `resim-metrics: Cannot preview "single_metric.binproto": it holds a single Metric, not the JobMetrics a metrics build writes\n`],
  ["an unwritable output", ["preview", fixturePath("hello_world.binproto"), "-o", "/nonexistent/x.html"], `resim-metrics: Cannot write "/nonexistent/x.html": its folder does not exist\n`],
  [
    "a bad port",
    ["preview", fixturePath("hello_world.binproto"), "--serve", "--port", "http"],
    "resim-metrics: option '--port <number>' argument 'http' is invalid: must be a whole number from 0 to 65535 (run with --help for usage)\n",
  ],
];
for (const [name, args, stderr] of failures) {
  test(`preview exits 2 with one line for ${name}`, async () => {
    assert.deepEqual(await run(args), { code: 2, stdout: "", stderr });
  });
}

test("preview --open uses the platform opener, or says plainly there is none", async (t) => {
  const folder = await tempTree(t);
  const opener = join(folder, "xdg-open");
  writeFileSync(opener, `#!/bin/sh\necho "$1" > "${folder}/opened"\n`);
  chmodSync(opener, 0o755);
  const output = join(folder, "page.html");
  const opened = await run(["preview", fixturePath("hello_world.binproto"), "-o", output, "--open"], { PATH: folder });
  assert.equal(opened.code, 0);
  assert.equal(opened.stdout, `Wrote ${output}: 10 metrics, 0 events, 1 warning\nOpened it with xdg-open\n`);
  for (let i = 0; i < 50 && !existsSync(join(folder, "opened")); i++) await new Promise((r) => setTimeout(r, 20));
  assert.equal(readFileSync(join(folder, "opened"), "utf8"), `file://${output}\n`);

  const none = await run(["preview", fixturePath("hello_world.binproto"), "-o", output, "--open"], { PATH: "/nonexistent" });
  assert.equal(none.code, 0);
  assert.equal(none.stderr, `resim-metrics: Cannot open a browser: no "xdg-open" on PATH; open file://${output} yourself\n`);
});

test("preview --serve prints the URL, serves the page and stops cleanly on Ctrl-C", async () => {
  // Run from the fixtures folder: a folder under the working directory is shown by its relative path.
  const child = spawn(process.execPath, [main, "preview", fixturePath("hello_world_outputs"), "--serve"], { cwd: fixturePath(""), env: { ...process.env, NO_COLOR: "1" } });
  let stdout = "";
  child.stdout.on("data", (chunk) => (stdout += chunk));
  while (!stdout.includes("\n")) await once(child.stdout, "data");
  const url = /at (http:\/\/127\.0\.0\.1:\d+\/) \(Ctrl-C to stop\)/.exec(stdout)?.[1];
  assert.ok(url, stdout);
  assert.match(await (await fetch(url)).text(), /<h3>Thonk example<\/h3>/);
  child.kill("SIGINT");
  const [code] = await once(child, "close");
  assert.equal(code, 0);
  assert.equal(stdout, `Serving hello_world_outputs at ${url} (Ctrl-C to stop)\nStopped\n`);
});
