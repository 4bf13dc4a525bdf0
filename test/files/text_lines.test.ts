import { test } from "node:test";
import assert from "node:assert/strict";
import { forEachLine } from "../../src/files/index.ts";

async function linesOf(chunks: (string | Uint8Array)[]) {
  const lines: string[] = [];
  const read = await forEachLine(
    (async function* () {
      yield* chunks;
    })(),
    (text, n) => lines.push(`${n}:${text}`),
  );
  return { lines, ...read };
}

test("forEachLine cuts at newlines across chunks, drops \\r of \\r\\n, and keeps split UTF-8 characters whole", async () => {
  const bytes = new TextEncoder().encode("é\r\nb");
  const result = await linesOf([new TextEncoder().encode("a\nx"), bytes.slice(0, 1), bytes.slice(1, 3), bytes.slice(3), new TextEncoder().encode("c\n\n")]);
  assert.deepEqual(result, { lines: ["1:a", "2:xé", "3:bc", "4:"], lines_: undefined, endsWithNewline: true, ...{ lines: ["1:a", "2:xé", "3:bc", "4:"] } } as never);
});

test("forEachLine reports a last line without a newline, and nothing for empty input", async () => {
  assert.deepEqual(await linesOf(["a\nb"]), { lines: ["1:a", "2:b"], endsWithNewline: false } as never);
  assert.deepEqual(await linesOf([]), { lines: [], endsWithNewline: true } as never);
});
