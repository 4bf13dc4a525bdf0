import { test } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync, existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { defaultPreviewPath, writePreview } from "../../src/preview/index.ts";
import { fixturePath } from "../_shared.ts";
import { tempTree } from "../_temp_tree.ts";

test("writePreview() writes a self-contained page beside the metrics file by default", async (t) => {
  const folder = await tempTree(t);
  copyFileSync(fixturePath("hello_world_outputs/metrics.binproto"), join(folder, "metrics.binproto"));
  copyFileSync(fixturePath("hello_world_outputs/thonk.gif"), join(folder, "thonk.gif"));
  const { path } = await writePreview(folder);
  assert.equal(path, join(folder, "metrics.html"));
  const page = readFileSync(path, "utf8");
  assert.match(page, /<img src="data:image\/gif;base64,R0lGOD/);
  assert.ok(page.includes("plotly.js v"), "Plotly is inlined");
  assert.deepEqual(readdirSync(folder).sort(), ["metrics.binproto", "metrics.html", "thonk.gif"]);
});

test("writePreview() writes where asked and returns the model for reporting", async (t) => {
  const output = join(await tempTree(t), "page.html");
  const written = await writePreview(fixturePath("upstream_all_types.binproto"), { output });
  assert.equal(written.path, output);
  assert.equal(written.model.problems.length, 3);
  assert.ok(existsSync(output));
});

test("writePreview() says where it cannot write", async (t) => {
  const output = join(await tempTree(t), "missing", "page.html");
  await assert.rejects(writePreview(fixturePath("hello_world.binproto"), { output }), {
    name: "PreviewFileError",
    message: `Cannot write "${output}": its folder does not exist`,
  });
});

test("defaultPreviewPath() names the page after the metrics file", () => {
  assert.equal(defaultPreviewPath("/out/metrics.binproto"), "/out/metrics.html");
  assert.equal(defaultPreviewPath("/out/run.7.pb"), "/out/run.7.html");
});
