import { test } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { JobMetrics, Metric } from "../../src/proto/index.ts";
import { readPreviewSource } from "../../src/preview/index.ts";
import { fixturePath, readFixture } from "../_shared.ts";
import { fileData, job, metric, ref } from "./_jobs.ts";
import { tempTree } from "../_temp_tree.ts";

const gifBytes = readFixture("hello_world_outputs/thonk.gif");

test("readPreviewSource() reads a folder's metrics.binproto and embeds its images", async () => {
  const data = await readPreviewSource(fixturePath("hello_world_outputs"), { mode: "embed" });
  assert.equal(data.metricsPath, fixturePath("hello_world_outputs/metrics.binproto"));
  assert.equal(data.source.title, "metrics.binproto");
  assert.equal(data.source.job.jobLevelMetrics?.metrics.length, 10);
  assert.deepEqual(data.source.files, new Map([["thonk.gif", { found: true, src: `data:image/gif;base64,${Buffer.from(gifBytes).toString("base64")}`, bytes: gifBytes.length }]]));
  assert.deepEqual(data.servedFiles, new Map());
});

test("readPreviewSource() links images for a server, and explains files it cannot show", async (t) => {
  const folder = join(await tempTree(t), "outputs");
  mkdirSync(join(folder, "shots"), { recursive: true });
  copyFileSync(fixturePath("hello_world_outputs/thonk.gif"), join(folder, "shots", "a b#1.gif"));
  writeFileSync(join(folder, "clip.mp4"), "");
  writeFileSync(join(folder, "..", "outside.png"), "");
  const paths = ["shots/a b#1.gif", "missing.png", "clip.mp4", "../outside.png", "/etc/hostname", "shots"];
  const message = job(
    [metric("images", { case: "imageListMetricValues", value: { imageDataIds: paths.map((_, i) => ref(`f${i}`)) } })],
    paths.map((path, i) => fileData(`f${i}`, path)),
  );
  writeFileSync(join(folder, "metrics.binproto"), JobMetrics.encode(message));
  const data = await readPreviewSource(folder, { mode: "link", prefix: "/files/" });
  assert.deepEqual(data.source.files, new Map([
    ["shots/a b#1.gif", { found: true, src: "/files/shots/a%20b%231.gif", bytes: gifBytes.length }],
    ["missing.png", { found: false, reason: "file not found" }],
    ["clip.mp4", { found: false, reason: "not an image format browsers show" }],
    ["../outside.png", { found: false, reason: "outside the metrics folder" }],
    ["/etc/hostname", { found: false, reason: "outside the metrics folder" }],
    ["shots", { found: false, reason: "not a file" }],
  ]));
  assert.deepEqual(data.servedFiles, new Map([["/files/shots/a b#1.gif", join(folder, "shots", "a b#1.gif")]]));
});

test("readPreviewSource() says what is wrong with inputs it cannot preview", async (t) => {
  const folder = await tempTree(t);
  writeFileSync(join(folder, "empty.binproto"), "");
  writeFileSync(join(folder, "metric.binproto"), Metric.encode(metric("x", { case: "textMetricValues", value: { text: "t" } })));
  writeFileSync(join(folder, "garbage.binproto"), Uint8Array.of(0x0a, 0x05, 0x01));
  const cases: [string, string][] = [
    [join(folder, "nothing"), `Cannot read "${join(folder, "nothing")}": no such file or directory`],
    [folder, `Cannot preview "${folder}": the folder holds no metrics.binproto`],
    [join(folder, "empty.binproto"), `Cannot preview "empty.binproto": the file is empty`],
    [join(folder, "metric.binproto"), `Cannot preview "metric.binproto": it holds a single Metric, not the JobMetrics a metrics build writes`],
    [join(folder, "garbage.binproto"), `Cannot decode "garbage.binproto": length 5 exceeds the 1 remaining bytes at byte 1`],
  ];
  for (const [input, message] of cases) {
    await assert.rejects(readPreviewSource(input, { mode: "embed" }), { name: "PreviewFileError", message, path: input });
  }
});
