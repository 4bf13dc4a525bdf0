import { test } from "node:test";
import assert from "node:assert/strict";
import { formatBytes } from "../../src/text/format_bytes.ts";

test("formatBytes() uses decimal units with one decimal", () => {
  const cases: [number, string][] = [[0, "0 B"], [999, "999 B"], [1000, "1.0 kB"], [2048, "2.0 kB"], [1_234_567, "1.2 MB"], [5e12, "5000.0 GB"]];
  for (const [bytes, text] of cases) assert.equal(formatBytes(bytes), text);
});
