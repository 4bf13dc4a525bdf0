import { test } from "node:test";
import assert from "node:assert/strict";
import { compareDisplayOrder, type Orderable } from "../../../src/preview/model/index.ts";

const names = (items: Orderable[]) => [...items].sort(compareDisplayOrder).map((item) => item.name);

const cases: { name: string; items: Orderable[]; expected: string[] }[] = [
  {
    name: "set orders ascend, unset follow",
    items: [{ name: "c" }, { name: "b", order: 2 }, { name: "a", order: 10 }, { name: "d", order: -1 }],
    expected: ["d", "b", "a", "c"],
  },
  {
    name: "ties are alphabetical",
    items: [{ name: "zeta", order: 1 }, { name: "alpha", order: 1 }, { name: "Mid", order: 1 }],
    expected: ["Mid", "alpha", "zeta"],
  },
  {
    name: "zero counts as set",
    items: [{ name: "unset" }, { name: "zero", order: 0 }],
    expected: ["zero", "unset"],
  },
  {
    name: "unset are alphabetical and NaN counts as unset",
    items: [{ name: "b" }, { name: "nan", order: Number.NaN }, { name: "a" }, { name: "last set", order: 3.5e38 }],
    expected: ["last set", "a", "b", "nan"],
  },
];

for (const { name, items, expected } of cases) {
  test(`compareDisplayOrder() orders metrics: ${name}`, () => {
    assert.deepEqual(names(items), expected);
  });
}
