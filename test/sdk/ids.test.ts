import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { isUuid, randomIds, seededIds } from "../../src/sdk/index.ts";

const uuidV4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("ids", () => {
  test("seededIds() repeats its sequence for a seed and differs across seeds", () => {
    const take = (next: () => string) => Array.from({ length: 50 }, next);
    const a = take(seededIds(1));
    assert.deepEqual(a, take(seededIds(1)));
    assert.notDeepEqual(a, take(seededIds(2)));
    assert.equal(new Set(a).size, 50);
  });

  test("seededIds() and randomIds() give UUIDv4s", () => {
    const seeded = seededIds(123);
    for (let i = 0; i < 1000; i++) assert.match(seeded(), uuidV4);
    assert.match(randomIds(), uuidV4);
  });

  test("randomIds() never repeats, across refills of its pool of OS random bytes", () => {
    const ids = Array.from({ length: 1000 }, randomIds);
    for (const id of ids) assert.match(id, uuidV4);
    assert.equal(new Set(ids).size, ids.length);
  });

  test("isUuid() accepts 8-4-4-4-12 hex in either case, braces optional", () => {
    const cases: [unknown, boolean][] = [
      ["2cba1164-cf65-432c-a631-c27fbc2d41ec", true],
      ["2CBA1164-CF65-432C-A631-C27FBC2D41EC", true],
      ["{2cba1164-cf65-432c-a631-c27fbc2d41ec}", true],
      ["{2cba1164-cf65-432c-a631-c27fbc2d41ec", false],
      ["2cba1164cf65432ca631c27fbc2d41ec", false],
      ["2cba1164-cf65-432c-a631-c27fbc2d41eg", false],
      ["", false],
      [42, false],
    ];
    for (const [value, expected] of cases) assert.equal(isUuid(value), expected, String(value));
  });
});
