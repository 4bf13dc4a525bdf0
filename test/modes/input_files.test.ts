import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { readInputBytes, readInputJson, readInputText } from "../../src/modes/index.ts";
import { tempTree } from "../_temp_tree.ts";

describe("reading input files", () => {
  test("readInputBytes(), readInputText() and readInputJson() read a file", async (t) => {
    const dir = await tempTree(t, { "log.json": '{"speed": [1.5, 2]}' });
    const path = join(dir, "log.json");
    assert.deepEqual(await readInputJson(path), { speed: [1.5, 2] });
    assert.equal(await readInputText(path), '{"speed": [1.5, 2]}');
    assert.deepEqual([...(await readInputBytes(path)).subarray(0, 2)], [0x7b, 0x22]);
  });

  const failures: { name: string; path: (dir: string) => string; message: (dir: string) => string }[] = [
    { name: "a missing file", path: (dir) => join(dir, "nope.json"), message: (dir) => `Cannot read "${join(dir, "nope.json")}": no such file or directory` },
    { name: "a folder", path: (dir) => dir, message: (dir) => `Cannot read "${dir}": it is a folder` },
    { name: "a path through a file", path: (dir) => join(dir, "bad.json", "x"), message: (dir) => `Cannot read "${join(dir, "bad.json", "x")}": a parent of it is not a folder` },
    { name: "bad JSON", path: (dir) => join(dir, "bad.json"), message: (dir) => `Cannot parse "${join(dir, "bad.json")}": expected property name or '}' in JSON at position 1 (line 1 column 2)` },
  ];
  for (const { name, path, message } of failures) {
    test(`readInputJson() names the file when it meets ${name}`, async (t) => {
      const dir = await tempTree(t, { "bad.json": "{oops}" });
      await assert.rejects(readInputJson(path(dir)), { name: "InputError", message: message(dir) });
    });
  }
});
