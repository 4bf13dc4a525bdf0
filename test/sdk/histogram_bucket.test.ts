import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { bucketsFromEdges, equalWidthBuckets } from "../../src/sdk/index.ts";

describe("histogram buckets", () => {
  test("bucketsFromEdges() makes one bucket between each pair of edges", () => {
    assert.deepEqual(bucketsFromEdges([0, 1, 5]), [
      { lower: 0, upper: 1 },
      { lower: 1, upper: 5 },
    ]);
    assert.deepEqual(bucketsFromEdges([3]), []);
  });

  test("equalWidthBuckets() is contiguous and ends exactly at the upper bound", () => {
    const buckets = equalWidthBuckets(-0.5, 0.5, 5);
    assert.equal(buckets.length, 5);
    assert.equal(buckets[0]!.lower, -0.5);
    assert.equal(buckets[4]!.upper, 0.5);
    for (let k = 1; k < buckets.length; k++) assert.equal(buckets[k]!.lower, buckets[k - 1]!.upper);
  });

  test("equalWidthBuckets() rejects a count that is not a positive integer", () => {
    assert.throws(() => equalWidthBuckets(0, 1, 0), { name: "RangeError", message: "Cannot make histogram buckets: count 0 is not a positive integer" });
  });
});
