import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import { build } from "esbuild";
import { repoDir } from "../../_shared.ts";
import { tempTree } from "../../_temp_tree.ts";
import { pageScriptSource } from "../../../src/preview/render/_client.ts";

/** Runs a page script against a page with no charts and resolves with the root element's dataset once it settles. */
async function runOnEmptyPage(source: string): Promise<Record<string, string>> {
  const rootData: Record<string, string> = {};
  const marks: string[] = [];
  const none = () => [];
  const document = {
    documentElement: { dataset: rootData },
    body: { dataset: {} },
    querySelectorAll: none,
    querySelector: () => null,
    getElementById: () => null,
    addEventListener: () => undefined,
  };
  runInNewContext(source, { document, performance: { mark: (name: string) => marks.push(name) }, setTimeout, location: {} });
  for (let i = 0; i < 20 && rootData["ready"] === undefined; i++) await new Promise((resolve) => setTimeout(resolve, 5));
  assert.deepEqual(marks, ["preview-interactive", "preview-ready"]);
  return rootData;
}

test("pageScriptSource() runs on its own and marks the page ready", async () => {
  assert.deepEqual(await runOnEmptyPage(pageScriptSource()), { ready: "true" });
});

test("pageScriptSource() stands alone even from a minified bundle that keeps names", async (t) => {
  const folder = await tempTree(t);
  const outfile = join(folder, "bundle.mjs");
  await build({
    stdin: { contents: `export { pageScriptSource } from "./src/preview/render/_client.ts";`, resolveDir: repoDir, loader: "ts" },
    bundle: true,
    format: "esm",
    platform: "node",
    minify: true,
    keepNames: true,
    outfile,
    logLevel: "silent",
  });
  const bundled = (await import(outfile)) as { pageScriptSource(): string };
  const source = bundled.pageScriptSource();
  assert.match(await readFile(outfile, "utf8"), /"pageScriptSource"\)/, "the bundle keeps names");
  assert.deepEqual(await runOnEmptyPage(source), { ready: "true" });
});
