import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { openSync, readFileSync, closeSync } from "node:fs";
import { join } from "node:path";
import { repoDir } from "../_shared.ts";
import { tempTree } from "../_temp_tree.ts";

/** Runs `code` in a child Node with `standardError` imported, its standard error going to `stderr`. */
function child(code: string, stderr: "pipe" | number) {
  const module = JSON.stringify(join(repoDir, "src/cli/standard_error.ts"));
  return spawnSync(`${repoDir}node_modules/.bin/node`, ["--input-type=module", "-e", `import { standardError } from ${module};\n${code}`], {
    stdio: ["ignore", "pipe", stderr],
    encoding: "utf8",
    maxBuffer: 16 * 2 ** 20,
  });
}

test("standardError writes whole lines to a pipe, in order with process.stderr, without creating process.stderr first", () => {
  const line = `${"é".repeat(2 ** 19)}\n`;
  const result = child(
    [
      'const loaded = () => process.moduleLoadList.includes("NativeModule net");',
      `standardError.write("é".repeat(2 ** 19) + "\\n");`,
      "const before = loaded();",
      'process.stderr.write("after\\n");',
      "console.log(JSON.stringify({ before, tty: standardError.isTTY }));",
    ].join("\n"),
    "pipe",
  );
  assert.equal(result.status, 0, result.stderr.slice(0, 500));
  assert.equal(result.stderr, `${line}after\n`);
  assert.deepEqual(JSON.parse(result.stdout), { before: false, tty: false });
});

test("standardError is no terminal when standard error is a file, nor when it is /dev/null, a character device", async (t) => {
  const dir = await tempTree(t);
  const file = openSync(join(dir, "stderr.txt"), "w");
  try {
    const result = child('standardError.write("to a file\\n"); console.log(standardError.isTTY);', file);
    assert.equal(result.stdout, "false\n");
  } finally {
    closeSync(file);
  }
  assert.equal(readFileSync(join(dir, "stderr.txt"), "utf8"), "to a file\n");
  const devNull = openSync("/dev/null", "w");
  try {
    assert.equal(child("console.log(standardError.isTTY);", devNull).stdout, "false\n");
  } finally {
    closeSync(devNull);
  }
});
