import { test } from "node:test";
import assert from "node:assert/strict";
import { readFailure, writeFailure } from "../../src/files/index.ts";

/** An error as node:fs raises it. */
function fsError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: raw message`), { code });
}

const cases: [string, string, string][] = [
  ["ENOENT", "no such file or directory", "its folder does not exist"],
  ["EISDIR", "it is a folder", "a folder of that name is in the way"],
  ["ENOTDIR", "a parent of it is not a folder", "a parent of it is not a folder"],
  ["EACCES", "permission denied", "permission denied"],
  ["ENOSPC", "ENOSPC: raw message", "no space left on the device"],
  ["EIO", "EIO: raw message", "EIO: raw message"],
];
for (const [code, read, write] of cases) {
  test(`readFailure() and writeFailure() word ${code}`, () => {
    assert.deepEqual([readFailure(fsError(code)), writeFailure(fsError(code))], [read, write]);
  });
}
