import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { readdir, readFile, stat, utimes } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { setTimeout as sleep } from "node:timers/promises";
import { removeStaleTemporaries, writeFileAtomic } from "../../src/files/index.ts";
import { repoDir } from "../_shared.ts";
import { tempTree } from "../_temp_tree.ts";
import { hostTag } from "../../src/files/write_file_atomic.ts";

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

test("removeStaleTemporaries() removes the temporary files whose writer is gone, and only those", async (t) => {
  const host = hostTag();
  const exited = spawnSync(process.execPath, ["-e", ""]).pid;
  const tree = {
    "metrics.binproto": "kept: the target",
    [`.metrics.binproto.${host}-${exited}.0123456789ab.tmp`]: "removed: its writer has exited",
    [`.metrics.binproto.${host}-${process.pid}.0123456789ab.tmp`]: "removed: no write of this process is under way",
    [`.metrics.binproto.${host}-${process.ppid}.0123456789ab.tmp`]: "kept: its writer is running",
    ".metrics.binproto.0badc0de-1.0123456789ab.tmp": "kept: another machine's, recent",
    ".metrics.binproto.0badc0de-2.0123456789ab.tmp": "removed: another machine's, untouched for a day",
    ".metrics.binproto.0123456789ab.tmp": "kept: no writer named, recent",
    ".metrics.binproto.ba9876543210.tmp": "removed: no writer named, untouched for a day",
    [`.metrics.binproto.${host}-${exited}.0123456789ab.tmp.keep`]: "kept: not a temporary file name",
    [`.other.${host}-${exited}.0123456789ab.tmp`]: "kept: another file's",
  };
  const dir = await tempTree(t, tree);
  const dayAgo = new Date(Date.now() - 24 * 60 * 60 * 1000);
  for (const name of [".metrics.binproto.0badc0de-2.0123456789ab.tmp", ".metrics.binproto.ba9876543210.tmp"]) await utimes(join(dir, name), dayAgo, dayAgo);
  const removed = await removeStaleTemporaries(dir, "metrics.binproto");
  const expected = Object.keys(tree).filter((name) => tree[name]!.startsWith("removed"));
  assert.deepEqual(removed.sort(), expected.sort());
  assert.deepEqual((await readdir(dir)).sort(), Object.keys(tree).filter((name) => !expected.includes(name)).sort());
});
