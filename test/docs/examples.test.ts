/**
 * Runs the examples of README.md and docs/ against the built binary, with
 * the conventions docs/index.md#examples states: the `sh` blocks of a page
 * run in order in one bash, in a fresh folder holding a copy of examples/;
 * `sh exit=N` must end with code N; a `text output` block lists lines the
 * output of the `sh` block above must hold (`…` matches anything); a
 * `ts file=NAME` block is written to NAME first.
 */

import { before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { type FencedBlock, fencedBlocks } from "../../build/markdown.ts";
import { countOf } from "../../src/text/index.ts";
import { ensureBinary } from "../_binary.ts";
import { repoDir } from "../_shared.ts";
import { tempTree } from "../_temp_tree.ts";
import { documentationPages } from "./_pages.ts";

/** A block that runs, with the lines its output must hold. */
interface Example {
  readonly block: FencedBlock;
  readonly exitCode: number;
  readonly expected: readonly string[];
}

const notRun = new Set(["sh set-up", "sh illustrative", "ts", "text", "dockerfile illustrative"]);

/** The runnable examples of a page, or a message naming a block the conventions do not cover. */
function examplesOf(path: string, text: string): Example[] {
  const examples: Example[] = [];
  const blocks = fencedBlocks(text);
  blocks.forEach((block, index) => {
    const run = /^sh(?: exit=(\d+))?$/.exec(block.info);
    const file = /^\w+ file=([\w./-]+)$/.exec(block.info);
    if (file) {
      examples.push({ block: { ...block, body: `cat > '${file[1]}' <<'DOC_FILE_END'\n${block.body}DOC_FILE_END\n` }, exitCode: 0, expected: [] });
    } else if (run) {
      examples.push({ block, exitCode: Number(run[1] ?? 0), expected: [] });
    } else if (block.info === "text output") {
      const above = blocks[index - 1];
      assert.ok(above && /^sh(?: exit=\d+)?$/.test(above.info), `${path}:${block.line}: a "text output" block must follow a runnable sh block`);
      const last = examples.pop()!;
      examples.push({ ...last, expected: [...last.expected, ...block.body.split("\n").filter((line) => line.trim() !== "")] });
    } else {
      assert.ok(notRun.has(block.info), `${path}:${block.line}: fenced block "${block.info}" follows none of the conventions of docs/index.md#examples`);
    }
  });
  return examples;
}

/** Whether `actual` holds lines matching `expected`, in order; `…` matches anything. */
function missingLine(actual: string, expected: readonly string[]): string | undefined {
  const lines = actual.split("\n").map((line) => line.trimEnd());
  let at = 0;
  for (const want of expected) {
    const pattern = new RegExp(`^${want.trimEnd().split("…").map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`);
    const found = lines.findIndex((line, index) => index >= at && pattern.test(line));
    if (found < 0) return want;
    at = found + 1;
  }
  return undefined;
}

const marker = (index: number) => `@@ example ${index} @@`;

/** One bash script running the examples in order, each announced by its marker. */
function pageScript(examples: readonly Example[]): string {
  const parts = ["exec 2>&1", "set -eo pipefail"];
  examples.forEach(({ block, exitCode }, index) => {
    parts.push(`echo '${marker(index)}'`);
    if (exitCode === 0) {
      parts.push(block.body);
    } else {
      parts.push(`set +e\n(\nset -e\n${block.body})\ncode=$?\nset -e`, `if [ "$code" != ${exitCode} ]; then echo "exit code $code"; exit 99; fi`);
    }
  });
  parts.push(`echo '${marker(examples.length)}'`);
  return parts.join("\n");
}

describe("the examples of the documentation", () => {
  let binary = "";
  before(async () => {
    binary = await ensureBinary();
  });

  for (const { path, text } of documentationPages()) {
    if (path.startsWith("docs/api/")) continue;
    const examples = examplesOf(path, text);
    if (examples.length === 0) continue;
    test(`${path}: ${countOf(examples.length, "example")} run${examples.length === 1 ? "s" : ""}`, async (t) => {
      const dir = await tempTree(t);
      cpSync(join(repoDir, "examples"), join(dir, "examples"), { recursive: true });
      mkdirSync(join(dir, "dist"));
      symlinkSync(binary, join(dir, "dist/resim-metrics"));
      const onPath = path === "README.md" ? [] : [dirname(binary)];
      writeFileSync(join(dir, ".examples.sh"), pageScript(examples));
      const result = spawnSync("bash", [".examples.sh"], {
        cwd: dir,
        encoding: "utf8",
        timeout: 180_000,
        env: { PATH: [...onPath, process.env["PATH"]].join(":"), HOME: dir, NO_COLOR: "1", LANG: "C.UTF-8" },
      });
      const output = result.stdout;
      const sections = output.split(/^@@ example (\d+) @@$/m);
      const reached = sections.length === 1 ? -1 : Number(sections[sections.length - 2]);
      if (result.status !== 0) {
        const failed = examples[reached];
        assert.fail(`${path}:${failed?.block.line ?? "?"}: the example failed (exit code ${result.status ?? result.signal}; a block that cannot run in the tests is marked "sh illustrative", see docs/index.md#examples):\n${sections[sections.length - 1]}`);
      }
      examples.forEach((example, index) => {
        const own = sections[2 * index + 2] ?? "";
        const missing = missingLine(own, example.expected);
        assert.equal(missing, undefined, `${path}:${example.block.line}: the output lacks the line ${JSON.stringify(missing)}:\n${own}`);
      });
    });
  }
});
