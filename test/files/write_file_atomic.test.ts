import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { setTimeout as sleep } from "node:timers/promises";
import { writeFileAtomic } from "../../src/files/index.ts";
import { repoDir } from "../_shared.ts";
import { tempTree } from "../_temp_tree.ts";

test("writeFileAtomic() replaces the file and leaves nothing else behind", async (t) => {
  const dir = await tempTree(t, { "metrics.binproto": "old" });
  await writeFileAtomic(join(dir, "metrics.binproto"), new TextEncoder().encode("new content"));
  assert.equal(await readFile(join(dir, "metrics.binproto"), "utf8"), "new content");
  assert.deepEqual(await readdir(dir), ["metrics.binproto"]);
});

test("writeFileAtomic() rethrows the file-system error and cleans up its temporary file", async (t) => {
  const dir = await tempTree(t, { "metrics.html/keep": "x" });
  await assert.rejects(writeFileAtomic(join(dir, "metrics.html"), "<html>"), { code: "EISDIR" });
  assert.deepEqual(await readdir(dir), ["metrics.html"]);
});

test("writeFileAtomic() killed mid-write leaves the old file or the whole new one, never part of it", async (t) => {
  const dir = await tempTree(t, { "metrics.binproto": "old" });
  const target = join(dir, "metrics.binproto");
  const size = 256 * 1024 * 1024;
  const child = spawn(
    process.execPath,
    [
      "--input-type=module",
      "-e",
      `import { writeFileAtomic } from ${JSON.stringify(pathToFileURL(join(repoDir, "src/files/write_file_atomic.ts")).href)};
       await writeFileAtomic(${JSON.stringify(target)}, new Uint8Array(${size}).fill(7));`,
    ],
    { stdio: "ignore" },
  );
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const writing = async () => (await readdir(dir)).length > 1 || (await stat(target)).size !== 3;
  while (!(await writing()) && child.exitCode === null) await sleep(1);
  child.kill("SIGKILL");
  await exited;
  const content = await readFile(target);
  assert.ok(content.toString() === "old" || content.length === size, `metrics.binproto has ${content.length} bytes`);
});
