import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { MetricsDataType } from "../../src/proto/index.ts";
import { GroupedMetricsData, MetricsRangeError, MetricsTypeError, SeriesMetricsData, Timestamp, Timestamps, type SeriesKind } from "../../src/sdk/index.ts";
import { pack } from "../../src/sdk/_pack.ts";
import { testWriter } from "./_helpers.ts";

const ctx = { id: (entity: { name: string }) => `id of ${entity.name}` };

describe("SeriesMetricsData", () => {
  test("SeriesMetricsData.from() infers doubles, strings and timestamps; statuses and UUIDs are stated", () => {
    const cases: [SeriesMetricsData, SeriesKind][] = [
      [SeriesMetricsData.from("a", [1, 2]), "double"],
      [SeriesMetricsData.from("b", new Float32Array([1])), "double"],
      [SeriesMetricsData.from("c", ["x"]), "string"],
      [SeriesMetricsData.from("d", [new Timestamp(1)]), "timestamp"],
      [SeriesMetricsData.from("e", Timestamps.fromSeconds([1])), "timestamp"],
      [SeriesMetricsData.from("f", [1, 2], { type: "status" }), "status"],
      [SeriesMetricsData.from("g", ["2cba1164-cf65-432c-a631-c27fbc2d41ec"], { type: "uuid" }), "uuid"],
    ];
    for (const [data, kind] of cases) assert.equal(data.kind, kind, data.name);
  });

  test("SeriesMetricsData.from() keeps a Float64Array or Int32Array and copies anything else", () => {
    const doubles = new Float64Array([1, 2, 3]);
    const statuses = new Int32Array([1, 2]);
    assert.equal(SeriesMetricsData.from("d", doubles).values, doubles);
    assert.equal(SeriesMetricsData.from("s", statuses, { type: "status" }).values, statuses);
    const list = [1, 2];
    const copied = SeriesMetricsData.from("l", list).values;
    assert.ok(copied instanceof Float64Array);
    list[0] = 99;
    assert.equal(copied[0], 1);
    assert.ok(SeriesMetricsData.from("st", [1, 5], { type: "status" }).values instanceof Int32Array);
  });

  test("length and at() read the values", () => {
    const times = SeriesMetricsData.from("t", Timestamps.fromSeconds([1, 2]));
    assert.equal(times.length, 2);
    assert.ok(times.at(1)?.equals(new Timestamp(2)));
    assert.equal(SeriesMetricsData.from("s", ["a", "b"]).at(0), "a");
    assert.equal(SeriesMetricsData.from("s", ["a", "b"]).at(2), undefined);
  });

  test("dataType is the INDEXED_ form when an index is given", () => {
    const time = SeriesMetricsData.from("time", Timestamps.fromSeconds([0, 1]));
    assert.equal(time.dataType, MetricsDataType.TIMESTAMP_SERIES_DATA_TYPE);
    assert.equal(SeriesMetricsData.from("v", [1, 2], { index: time }).dataType, MetricsDataType.INDEXED_DOUBLE_SERIES_DATA_TYPE);
    assert.equal(SeriesMetricsData.from("s", [1, 2], { type: "status", index: time }).dataType, MetricsDataType.INDEXED_METRIC_STATUS_SERIES_DATA_TYPE);
  });

  test("construction names the data and the value at fault", () => {
    const time = SeriesMetricsData.from("time", Timestamps.fromSeconds([0, 1, 2]));
    const grouped = GroupedMetricsData.from("g", { a: [1, 2, 3] });
    const cases: [() => unknown, typeof MetricsTypeError | typeof MetricsRangeError, string][] = [
      [() => SeriesMetricsData.from("speed", []), MetricsRangeError, 'Cannot create series data "speed": the values are empty (a series needs at least one value)'],
      [() => SeriesMetricsData.from("speed", [1, "2"] as never), MetricsTypeError, 'Cannot create series data "speed": element 1 of the values is "2", not a number'],
      [() => SeriesMetricsData.from("speed", [1, 7] as never, { type: "status" }), MetricsTypeError, 'Cannot create series data "speed": element 1 of the values is 7, not a MetricStatus'],
      [() => SeriesMetricsData.from("ids", ["nope"], { type: "uuid" }), MetricsTypeError, 'Cannot create series data "ids": element 0 of the values is "nope", not a UUID'],
      [() => SeriesMetricsData.from("t", [new Timestamp(1), 2] as never), MetricsTypeError, 'Cannot create series data "t": element 1 of the values is 2, not a Timestamp'],
      [() => SeriesMetricsData.from("s", ["a"], { type: "double" } as never), MetricsTypeError, 'Cannot create series data "s": element 0 of the values is "a", not a number'],
      [() => SeriesMetricsData.from("n", new BigInt64Array(1) as never), MetricsTypeError, 'Cannot create series data "n": the values are a BigInt64Array; convert them to numbers'],
      [() => SeriesMetricsData.from("n", 5 as never), MetricsTypeError, 'Cannot create series data "n": the values are 5, not an array of doubles'],
      [() => new SeriesMetricsData("k", [1] as never, { type: "int" as never }), MetricsTypeError, 'Cannot create series data "k": "int" is not a series kind (use one of double, timestamp, uuid, string, status)'],
      [() => SeriesMetricsData.from("speed", [1, 2], { index: time }), MetricsRangeError, 'Cannot create series data "speed": the data has 2 values but index "time" has 3'],
      [() => SeriesMetricsData.from("speed", [1, 2, 3], { index: grouped as never }), MetricsRangeError, 'Cannot create series data "speed": index "g" is per category but the data is not'],
      [() => SeriesMetricsData.from("", [1]), MetricsRangeError, "Cannot create series data: the name is empty"],
      [() => SeriesMetricsData.from("x", [1], { id: "123" }), MetricsRangeError, 'Cannot create series data "x": id "123" is not a UUID'],
      [() => SeriesMetricsData.from("x", [1], { unit: 5 as never }), MetricsTypeError, 'Cannot create series data "x": the unit is not a string'],
    ];
    for (const [build, type, message] of cases) assert.throws(build, (error) => error instanceof type && error.message === message, message);
  });

  test("errors expose the subject and field", () => {
    assert.throws(() => SeriesMetricsData.from("speed", []), { subject: "speed", field: "values" });
  });

  test("[pack]() writes the data type, unit, index reference and values", () => {
    const time = SeriesMetricsData.from("time", Timestamps.fromSeconds([0, 1.5]));
    const speed = SeriesMetricsData.from("speed", [3, 4], { unit: "m/s", index: time });
    assert.deepEqual(speed[pack](ctx), {
      metricsDataId: { id: { data: "id of speed" } },
      dataType: MetricsDataType.INDEXED_DOUBLE_SERIES_DATA_TYPE,
      name: "speed",
      unit: "m/s",
      isIndexed: true,
      indexDataId: { id: { data: "id of time" } },
      indexDataType: MetricsDataType.TIMESTAMP_SERIES_DATA_TYPE,
      isPerCategory: false,
      categoryNames: [],
      data: { case: "series", value: { series: { case: "doubles", value: { series: new Float64Array([3, 4]) } } } },
    });
    assert.deepEqual(time[pack](ctx).data, {
      case: "series",
      value: { series: { case: "timestamps", value: { series: [{ seconds: 0n, nanos: 0 }, { seconds: 1n, nanos: 500_000_000 }] } } },
    });
  });
});

describe("SeriesMetricsData.groupBy()", () => {
  const time = SeriesMetricsData.from("time", Timestamps.fromSeconds([0, 1, 2, 3]), { unit: "s" });
  const modes = SeriesMetricsData.from("mode", ["drive", "stop", "drive", "park"], { index: time });

  test("groupBy() buckets values by category in order of first appearance, with the unit", () => {
    const speed = SeriesMetricsData.from("speed", [5, 0, 6, 0], { unit: "m/s" });
    const grouped = speed.groupBy(modes);
    assert.equal(grouped.name, "speed-grouped-by-mode");
    assert.equal(grouped.unit, "m/s");
    assert.deepEqual(grouped.categories, ["drive", "stop", "park"]);
    assert.deepEqual(grouped.series("drive"), new Float64Array([5, 6]));
    assert.equal(grouped.index, undefined);
  });

  test("groupBy() groups the index too, once for all series sharing it", () => {
    const speed = SeriesMetricsData.from("speed", [5, 0, 6, 0], { index: time });
    const ok = SeriesMetricsData.from("speed status", [1, 1, 2, 1], { type: "status", index: time });
    const speedByMode = speed.groupBy(modes, { name: "speed by mode" });
    const okByMode = ok.groupBy(modes);
    assert.equal(speedByMode.index, okByMode.index);
    const index = speedByMode.index as GroupedMetricsData<"timestamp">;
    assert.equal(index.name, "time-grouped-by-mode");
    assert.equal(index.unit, "s");
    assert.deepEqual([...index.series("drive")!].map((t) => t.seconds), [0, 2]);
    assert.deepEqual(okByMode.series("drive"), new Int32Array([1, 2]));
    const writer = testWriter();
    writer.addDoubleSummaryMetric("speed by mode").withStatus(1).withImportance(1).withValueData(speedByMode).withStatusData(okByMode);
    assert.deepEqual(writer.write().message.metricsData.map((d) => d.name), ["speed by mode", "time-grouped-by-mode", "speed status-grouped-by-mode"]);
  });

  test("groupBy() names the grouping that does not fit", () => {
    const cases: [() => unknown, string][] = [
      [() => SeriesMetricsData.from("v", [1, 2]).groupBy(modes), 'Cannot group series data "v": the data has 2 values but grouping "mode" has 4'],
      [() => SeriesMetricsData.from("v", [1, 2, 3, 4]).groupBy(SeriesMetricsData.from("n", [1, 2, 3, 4]) as never), 'Cannot group series data "v": the grouping is not a series of strings'],
      [
        () => SeriesMetricsData.from("v", [1, 2, 3, 4], { index: SeriesMetricsData.from("other", ["a", "b", "c", "d"]) }).groupBy(modes),
        'Cannot group series data "v": the data is indexed by "other" but grouping "mode" by "time"',
      ],
    ];
    for (const [build, message] of cases) assert.throws(build, (e) => (e instanceof MetricsTypeError || e instanceof MetricsRangeError) && e.message === message, message);
  });
});
