import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { createOutputFolder, writeOutputFile } from "../../src/runner/index.ts";
import { tempTree } from "../_temp_tree.ts";

describe("writeOutputFile()", () => {
  const failures: { name: string; tree: Record<string, string | null>; target: string; reason: string }[] = [
    { name: "a missing folder", tree: {}, target: "missing/metrics.binproto", reason: "its folder does not exist" },
    { name: "a file in the way of its folder", tree: { outputs: "x" }, target: "outputs/metrics.binproto", reason: "a parent of it is not a folder" },
    { name: "a folder in the way", tree: { "metrics.binproto/keep": "x" }, target: "metrics.binproto", reason: "a folder of that name is in the way" },
  ];
  for (const { name, tree, target, reason } of failures) {
    test(`writeOutputFile() reports ${name} and cleans up its temporary file`, async (t) => {
      const dir = await tempTree(t, tree);
      const path = join(dir, target);
      await assert.rejects(writeOutputFile(path, new Uint8Array([1, 2, 3])), { name: "OutputError", message: `Cannot write "${path}": ${reason}` });
      assert.deepEqual(await readdir(dir), Object.keys(tree).map((p) => p.split("/")[0]));
    });
  }
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
