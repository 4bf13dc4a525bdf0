import { test } from "node:test";
import assert from "node:assert/strict";
import { downsampleMinMax } from "../../../src/preview/model/index.ts";

const indices = (n: number) => Float64Array.from({ length: n }, (_, i) => i);

test("downsampleMinMax() returns short series unchanged", () => {
  const points = { x: indices(3), y: Float64Array.of(1, 2, 3) };
  assert.equal(downsampleMinMax(points, 4), points);
});

test("downsampleMinMax() keeps each bucket's minimum and maximum in their original order", () => {
  const y = Float64Array.of(5, 9, 1, 4, /* */ 0, 3, 3, 8, /* */ 2, 2, 7, 2);
  const { x, y: drawn } = downsampleMinMax({ x: indices(12), y }, 6);
  assert.deepEqual([...x], [1, 2, 4, 7, 8, 10]);
  assert.deepEqual([...drawn], [9, 1, 0, 8, 2, 7]);
});

test("downsampleMinMax() keeps a spike that a stride would miss", () => {
  const y = new Float64Array(1_000_000);
  y[777_777] = 42;
  const drawn = downsampleMinMax({ x: indices(y.length), y }, 4000);
  assert.ok(drawn.y.length <= 4000);
  assert.equal(Math.max(...drawn.y), 42);
  assert.equal(drawn.x[drawn.y.indexOf(42)], 777_777);
});

test("downsampleMinMax() skips NaN and keeps one NaN for an all-NaN bucket", () => {
  const y = Float64Array.of(Number.NaN, 1, /* */ Number.NaN, Number.NaN, Number.NaN, /* */ 2, 3, 4);
  const { x, y: drawn } = downsampleMinMax({ x: indices(8), y }, 6);
  assert.deepEqual([...x], [1, 2, 5, 7]);
  assert.deepEqual([...drawn], [1, Number.NaN, 2, 4]);
});
