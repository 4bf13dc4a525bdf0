import { test } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { JobMetrics } from "../../src/proto/index.ts";
import { servePreview } from "../../src/preview/index.ts";
import { fixturePath } from "../_shared.ts";
import { tempTree } from "../_temp_tree.ts";

/** Subscribes to the server's event stream; resolves once connected, with a function awaiting the next `change`. */
async function subscribe(url: string, signal: AbortSignal): Promise<() => Promise<void>> {
  const response = await fetch(new URL("/events", url), { signal });
  const reader = response.body!.getReader();
  let text = "";
  const until = async (marker: string) => {
    while (!text.includes(marker)) {
      const { value, done } = await reader.read();
      if (done) throw new Error("event stream ended");
      text += new TextDecoder().decode(value);
    }
    text = text.slice(text.indexOf(marker) + marker.length);
  };
  await until(": connected");
  return () => until("event: change");
}

test("servePreview() serves the page and its images, and re-renders when the file changes", async (t) => {
  const folder = await tempTree(t);
  copyFileSync(fixturePath("hello_world_outputs/metrics.binproto"), join(folder, "metrics.binproto"));
  copyFileSync(fixturePath("hello_world_outputs/thonk.gif"), join(folder, "thonk.gif"));
  const updates: string[] = [];
  const server = await servePreview(folder, {
    settleMs: 50,
    onUpdate: (update) => updates.push("preview" in update ? `${update.preview.model.metrics.length} metrics` : update.error.message),
  });
  t.after(() => server.close());
  assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);

  const page = await fetch(server.url);
  assert.equal(page.headers.get("content-type"), "text/html; charset=utf-8");
  const html = await page.text();
  assert.match(html, /<body data-live="\/events">/);
  assert.match(html, /<img src="\/files\/thonk.gif"/);
  const image = await fetch(new URL("/files/thonk.gif", server.url));
  assert.equal(image.headers.get("content-type"), "image/gif");
  assert.deepEqual(new Uint8Array(await image.arrayBuffer()), new Uint8Array(readFileSync(join(folder, "thonk.gif"))));
  assert.equal((await fetch(new URL("/files/metrics.binproto", server.url))).status, 404);
  assert.equal((await fetch(new URL("/%E0%A4%A", server.url))).status, 400);

  const aborter = new AbortController();
  t.after(() => aborter.abort());
  const nextChange = await subscribe(server.url, aborter.signal);
  writeFileSync(join(folder, "metrics.binproto"), Uint8Array.of(0x0a, 0x05, 0x01));
  await nextChange();
  const broken = await fetch(server.url);
  assert.equal(broken.status, 500);
  assert.match(await broken.text(), /<p class="message">Cannot decode &quot;metrics.binproto&quot;: length 5 exceeds the 1 remaining bytes at byte 1<\/p>/);

  const fewer = JobMetrics.decode(readFileSync(fixturePath("hello_world.binproto")));
  fewer.jobLevelMetrics!.metrics.splice(1);
  writeFileSync(join(folder, "metrics.binproto"), JobMetrics.encode(fewer));
  await nextChange();
  assert.equal(((await (await fetch(server.url)).text()).match(/<article class="card/g) ?? []).length, 1);
  assert.deepEqual(updates.slice(-2), ['Cannot decode "metrics.binproto": length 5 exceeds the 1 remaining bytes at byte 1', "1 metrics"]);
});

test("servePreview() fails at start on an input it cannot preview", async (t) => {
  const folder = await tempTree(t);
  await assert.rejects(servePreview(folder), { name: "PreviewFileError", message: `Cannot preview "${folder}": the folder holds no metrics.binproto` });
});
