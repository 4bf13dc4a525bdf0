import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { MetricsDataType } from "../../src/proto/index.ts";
import { GroupedMetricsData, MetricsRangeError, MetricsTypeError, SeriesMetricsData, Timestamps } from "../../src/sdk/index.ts";
import { pack } from "../../src/sdk/_pack.ts";

const ctx = { id: (entity: { name: string }) => `id of ${entity.name}` };

describe("GroupedMetricsData", () => {
  test("GroupedMetricsData.from() infers the kind from the first category and keeps the order", () => {
    const data = GroupedMetricsData.from("modes", new Map([["b", ["x"]], ["a", ["y", "z"]]]));
    assert.equal(data.kind, "string");
    assert.deepEqual(data.categories, ["b", "a"]);
    assert.deepEqual(data.series("a"), ["y", "z"]);
    assert.equal(data.series("c"), undefined);
    assert.deepEqual(data.shape, { perCategory: true, lengths: new Map([["b", 1], ["a", 2]]) });
  });

  test("construction names the category and the index at fault", () => {
    const index = GroupedMetricsData.from("times", { a: Timestamps.fromSeconds([0, 1]), b: Timestamps.fromSeconds([0]) });
    const cases: [() => unknown, typeof MetricsTypeError | typeof MetricsRangeError, string][] = [
      [() => GroupedMetricsData.from("g", {}), MetricsRangeError, 'Cannot create per-category data "g": there are no categories'],
      [() => GroupedMetricsData.from("g", { a: [1], b: [] }), MetricsRangeError, 'Cannot create per-category data "g": the values of category "b" are empty (a series needs at least one value)'],
      [() => GroupedMetricsData.from("g", { a: [1], b: ["x"] } as never), MetricsTypeError, 'Cannot create per-category data "g": element 0 of the values of category "b" is "x", not a number'],
      [() => GroupedMetricsData.from("g", { a: [1, 2], c: [1] }, { index }), MetricsRangeError, 'Cannot create per-category data "g": the data has categories "a", "c" but index "times" has "a", "b"'],
      [() => GroupedMetricsData.from("g", { a: [1, 2], b: [1, 2] }, { index }), MetricsRangeError, 'Cannot create per-category data "g": in category "b", the data has 2 values but index "times" has 1'],
      [() => GroupedMetricsData.from("g", { a: [1] }, { index: SeriesMetricsData.from("s", [1]) as never }), MetricsRangeError, 'Cannot create per-category data "g": the data is per category but index "s" is not'],
      [() => new GroupedMetricsData("g", null as never, { type: "double" }), MetricsTypeError, 'Cannot create per-category data "g": the categories are not an object or a Map'],
    ];
    for (const [build, type, message] of cases) assert.throws(build, (error) => error instanceof type && error.message === message, message);
  });

  test("[pack]() writes the categories in order with one series each", () => {
    const index = GroupedMetricsData.from("times", { a: Timestamps.fromSeconds([0]), b: Timestamps.fromSeconds([1]) });
    const data = GroupedMetricsData.from("states", { a: ["on"], b: ["off"] }, { index });
    const message = data[pack](ctx);
    assert.equal(message.dataType, MetricsDataType.INDEXED_STRING_SERIES_DATA_TYPE);
    assert.equal(message.indexDataType, MetricsDataType.TIMESTAMP_SERIES_DATA_TYPE);
    assert.equal(message.isPerCategory, true);
    assert.deepEqual(message.categoryNames, ["a", "b"]);
    assert.deepEqual(message.data, {
      case: "seriesPerCategory",
      value: {
        categoryToSeries: new Map([
          ["a", { series: { case: "strings", value: { series: ["on"] } } }],
          ["b", { series: { case: "strings", value: { series: ["off"] } } }],
        ]),
      },
    });
  });
});
