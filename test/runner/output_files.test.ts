import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { setTimeout as sleep } from "node:timers/promises";
import { createOutputFolder, writeFileAtomic } from "../../src/runner/index.ts";
import { repoDir } from "../_shared.ts";
import { tempTree } from "../_temp_tree.ts";

describe("writeFileAtomic()", () => {
  test("writeFileAtomic() replaces the file and leaves nothing else behind", async (t) => {
    const dir = await tempTree(t, { "metrics.binproto": "old" });
    await writeFileAtomic(join(dir, "metrics.binproto"), new TextEncoder().encode("new content"));
    assert.equal(await readFile(join(dir, "metrics.binproto"), "utf8"), "new content");
    assert.deepEqual(await readdir(dir), ["metrics.binproto"]);
  });

  const failures: { name: string; tree: Record<string, string | null>; target: string; reason: string }[] = [
    { name: "a missing folder", tree: {}, target: "missing/metrics.binproto", reason: "its folder does not exist" },
    { name: "a file in the way of its folder", tree: { outputs: "x" }, target: "outputs/metrics.binproto", reason: "a parent of it is not a folder" },
    { name: "a folder in the way", tree: { "metrics.binproto/keep": "x" }, target: "metrics.binproto", reason: "a folder of that name is in the way" },
  ];
  for (const { name, tree, target, reason } of failures) {
    test(`writeFileAtomic() reports ${name} and cleans up its temporary file`, async (t) => {
      const dir = await tempTree(t, tree);
      const path = join(dir, target);
      await assert.rejects(writeFileAtomic(path, new Uint8Array([1, 2, 3])), { name: "OutputError", message: `Cannot write "${path}": ${reason}` });
      assert.deepEqual(await readdir(dir), Object.keys(tree).map((p) => p.split("/")[0]));
    });
  }

  test("writeFileAtomic() killed mid-write leaves the old file or the whole new one, never part of it", async (t) => {
    const dir = await tempTree(t, { "metrics.binproto": "old" });
    const target = join(dir, "metrics.binproto");
    const size = 256 * 1024 * 1024;
    const child = spawn(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        `import { writeFileAtomic } from ${JSON.stringify(pathToFileURL(join(repoDir, "src/runner/output_files.ts")).href)};
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
});

describe("createOutputFolder()", () => {
  test("createOutputFolder() creates missing parents and accepts an existing folder", async (t) => {
    const dir = await tempTree(t);
    await createOutputFolder(join(dir, "a/b"));
    await createOutputFolder(join(dir, "a/b"));
    assert.deepEqual(await readdir(join(dir, "a")), ["b"]);
  });

  test("createOutputFolder() reports a file in the way", async (t) => {
    const dir = await tempTree(t, { outputs: "x" });
    await assert.rejects(createOutputFolder(join(dir, "outputs", "sub")), {
      name: "OutputError",
      message: `Cannot create folder "${join(dir, "outputs", "sub")}": a parent of it is not a folder`,
    });
  });
});
