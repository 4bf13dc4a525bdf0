import { test } from "node:test";
import assert from "node:assert/strict";
import { countOf, formatCount } from "../../src/text/index.ts";

test("formatCount() groups digits by thousands", () => {
  assert.deepEqual([0, 999, 1000, 1_234_567, -1234, 1234.5, Number.NaN].map(formatCount), ["0", "999", "1,000", "1,234,567", "-1,234", "1,234.5", "NaN"]);
});

const counts: [number, string, string | undefined, string][] = [
  [0, "warning", undefined, "0 warnings"],
  [1, "warning", undefined, "1 warning"],
  [2, "entry", "entries", "2 entries"],
  [1, "series", "series", "1 series"],
  [1_000_000, "point", undefined, "1,000,000 points"],
];
for (const [count, noun, plural, expected] of counts) {
  test(`countOf() reads ${count} of "${noun}" as "${expected}"`, () => {
    assert.equal(plural === undefined ? countOf(count, noun) : countOf(count, noun, plural), expected);
  });
}
