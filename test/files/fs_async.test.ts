import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { createFileSynced, mkdirRecursive, readdir, readFile, rename, rm, stat } from "../../src/files/fs_async.ts";
import { tempTree } from "../_temp_tree.ts";

test("fs_async reads, lists, stats, renames and removes as node:fs/promises does", async (t) => {
  const dir = await tempTree(t, { "a.txt": "alpha" });
  assert.equal((await readFile(join(dir, "a.txt"))).toString(), "alpha");
  assert.ok((await stat(dir)).isDirectory());
  await rename(join(dir, "a.txt"), join(dir, "b.txt"));
  assert.deepEqual(await readdir(dir), ["b.txt"]);
  await rm(join(dir, "b.txt"));
  assert.deepEqual(await readdir(dir), []);
});

test("fs_async rejects with the file-system error (code, syscall, path), and rm({ force }) ignores a missing file", async (t) => {
  const dir = await tempTree(t);
  const missing = join(dir, "missing.json");
  await assert.rejects(readFile(missing), { code: "ENOENT", syscall: "open", path: missing });
  await assert.rejects(stat(missing), { code: "ENOENT", syscall: "stat" });
  await assert.rejects(rm(missing), { code: "ENOENT" });
  await rm(missing, { force: true });
});

test("mkdirRecursive() creates missing parents and accepts an existing folder", async (t) => {
  const dir = await tempTree(t);
  const nested = join(dir, "a/b/c");
  await mkdirRecursive(nested);
  await mkdirRecursive(nested);
  assert.ok(statSync(nested).isDirectory());
});

test("createFileSynced() writes a new file with its mode and refuses to replace one", async (t) => {
  const dir = await tempTree(t, { "taken.bin": "old" });
  const path = join(dir, "new.bin");
  await createFileSynced(path, new Uint8Array([1, 2, 3]), 0o600);
  assert.deepEqual([...readFileSync(path)], [1, 2, 3]);
  assert.equal(statSync(path).mode & 0o777, 0o600);
  await assert.rejects(createFileSynced(join(dir, "taken.bin"), "new", 0o644), { code: "EEXIST" });
  assert.equal(readFileSync(join(dir, "taken.bin"), "utf8"), "old");
});
