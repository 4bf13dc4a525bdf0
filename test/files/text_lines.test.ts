import { test } from "node:test";
import assert from "node:assert/strict";
import { forEachLine } from "../../src/files/index.ts";

const encode = (text: string) => new TextEncoder().encode(text);

/** The lines `forEachLine` passes for `chunks`, numbered, and what it returns. */
async function linesOf(chunks: readonly (string | Uint8Array)[]) {
  const texts: string[] = [];
  const read = await forEachLine(
    (async function* () {
      yield* chunks;
    })(),
    (text, n) => texts.push(`${n}:${text}`),
  );
  return { texts, count: read.lines, endsWithNewline: read.endsWithNewline };
}

test("forEachLine cuts at newlines across chunks, drops the \\r of \\r\\n, and keeps split UTF-8 characters whole", async () => {
  const split = encode("é\r\nb");
  const result = await linesOf([encode("a\nx"), split.slice(0, 1), split.slice(1, 3), split.slice(3), encode("c\n\n")]);
  assert.deepEqual(result, { texts: ["1:a", "2:xé", "3:bc", "4:"], count: 4, endsWithNewline: true });
});

test("forEachLine passes a last line without a newline, and nothing for empty input", async () => {
  assert.deepEqual(await linesOf(["a\nb"]), { texts: ["1:a", "2:b"], count: 2, endsWithNewline: false });
  assert.deepEqual(await linesOf([]), { texts: [], count: 0, endsWithNewline: true });
});
