import { describe, test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import {
  decodeJobMetricsFile,
  decodeMetricsMessage,
  DecodeError,
  JobMetrics,
  Metric,
  MetricsData,
  NotMetricsError,
  type JsonValue,
  type Series,
} from "../../src/proto/index.ts";
import { jobMetricsFixtures, readFixture } from "../_shared.ts";

describe("fixtures written by ReSim's SDK", () => {
  for (const name of jobMetricsFixtures) {
    test(`JobMetrics.decode() then encode() reproduces ${name} byte for byte`, () => {
      const bytes = readFixture(name);
      const message = JobMetrics.decode(bytes);
      const again = JobMetrics.encode(message);
      assert.deepEqual(JobMetrics.decode(again), message);
      assert.equal(Buffer.compare(Buffer.from(again), Buffer.from(bytes)), 0);
    });
  }

  test("hello_world.binproto holds 10 metrics and 27 metrics data", () => {
    const message = JobMetrics.decode(readFixture("hello_world.binproto"));
    assert.equal(message.jobLevelMetrics?.metrics.length, 10);
    assert.equal(message.metricsData.length, 27);
  });

  test("single Metric and MetricsData bodies round-trip", () => {
    const metric = Metric.decode(readFixture("single_metric.binproto"));
    assert.equal(metric.name, "Angular Acceleration");
    assert.deepEqual(Metric.decode(Metric.encode(metric)), metric);
    const data = MetricsData.decode(readFixture("single_metrics_data.binproto"));
    assert.equal(data.name, "final_value_data");
    assert.deepEqual(MetricsData.decode(MetricsData.encode(data)), data);
  });
});

describe("decodeMetricsMessage()", () => {
  test("detects JobMetrics, Metric and MetricsData", () => {
    assert.equal(decodeMetricsMessage(readFixture("hello_world.binproto")).type, "JobMetrics");
    assert.equal(decodeMetricsMessage(readFixture("single_metric.binproto")).type, "Metric");
    assert.equal(decodeMetricsMessage(readFixture("single_metrics_data.binproto")).type, "MetricsData");
  });

  test("rejects an empty input and bytes of no metrics type", () => {
    assert.throws(() => decodeMetricsMessage(new Uint8Array()), { name: "NotMetricsError", message: "the file is empty" });
    assert.throws(() => decodeMetricsMessage(new TextEncoder().encode("hello, world\n")), NotMetricsError);
  });

  test("detects a JobMetrics carrying a field unknown to this schema, and counts it", () => {
    const job = JobMetrics.encode(JobMetrics.create({ jobId: { id: { data: "2cba1164-cf65-432c-a631-c27fbc2d41ec" } }, metricsStatus: 1 }));
    // field 99: varint 7
    const detected = decodeMetricsMessage(Uint8Array.of(...job, 0x98, 0x06, 0x07));
    assert.equal(detected.type, "JobMetrics");
    assert.equal(detected.unknownFields, 1);
    assert.equal(decodeMetricsMessage(job).unknownFields, 0);
  });

  test("honours a forced type and reports bytes that do not fit it", () => {
    const bytes = readFixture("single_metric.binproto");
    assert.equal(decodeMetricsMessage(bytes, "Metric").type, "Metric");
    assert.throws(() => decodeMetricsMessage(bytes, "MetricsData"), DecodeError);
  });
});

describe("decodeJobMetricsFile()", () => {
  test("decodes a JobMetrics, keeping fields from a newer schema", () => {
    assert.equal(decodeJobMetricsFile(readFixture("hello_world.binproto")).metricsData.length, 27);
    // JobMetrics { metrics_status (4): 1, field 99: varint 7 }
    const newer = decodeJobMetricsFile(new Uint8Array([0x20, 0x01, 0x98, 0x06, 0x07]));
    assert.equal(newer.metricsStatus, 1);
    assert.deepEqual(newer.$unknown, [new Uint8Array([0x98, 0x06, 0x07])]);
  });

  test("refuses a single Metric or MetricsData, naming what it holds", () => {
    assert.throws(() => decodeJobMetricsFile(readFixture("single_metric.binproto")), { name: "NotJobMetricsError", found: "Metric", message: "it holds a single Metric, not a JobMetrics" });
    assert.throws(() => decodeJobMetricsFile(readFixture("single_metrics_data.binproto")), { name: "NotJobMetricsError", found: "MetricsData" });
  });

  test("refuses bytes that set no JobMetrics field, and reports malformed ones by byte", () => {
    assert.throws(() => decodeJobMetricsFile(new Uint8Array()), { name: "NotMetricsError", message: "the file is empty" });
    // Only field 99: every message type reads it as unknown.
    assert.throws(() => decodeJobMetricsFile(new Uint8Array([0x98, 0x06, 0x07])), { name: "NotMetricsError" });
    assert.throws(() => decodeJobMetricsFile(new Uint8Array([0x0a, 0x05, 0x01])), { name: "DecodeError", message: "length 5 exceeds the 1 remaining bytes at byte 1" });
  });
});

describe("malformed input", () => {
  const cases: [string, number[], RegExp][] = [
    ["truncated varint", [0x08, 0x80], /truncated varint at byte 1/],
    ["length beyond the end", [0x0a, 0x05, 0x01], /length 5 exceeds the 1 remaining bytes at byte 1/],
    ["absurd length prefix", [0x1a, 0xff, 0xff, 0xff, 0xff, 0x0f], /length 4294967295 exceeds/],
    ["wire type 7", [0x0f], /invalid wire type 7 for field 1/],
    ["field number 0", [0x00, 0x00], /field number 0 at byte 0/],
  ];
  for (const [label, bytes, message] of cases) {
    test(`JobMetrics.decode() reports ${label}`, () => {
      assert.throws(() => JobMetrics.decode(new Uint8Array(bytes)), (e: unknown) => e instanceof DecodeError && message.test(e.message));
    });
  }

  test("invalid UTF-8 in a string field is rejected, as protobuf's own runtimes do", () => {
    // Metric { name (2): "\xc3\x28" }
    assert.throws(() => Metric.decode(new Uint8Array([0x12, 0x02, 0xc3, 0x28])), {
      name: "DecodeError",
      message: "invalid UTF-8 in string field resim.metrics.proto.Metric.name at byte 2",
    });
  });

  test("a field with an unexpected wire type is kept as an unknown field", () => {
    // Metric { name (2) as a varint }
    const metric = Metric.decode(new Uint8Array([0x10, 0x01]));
    assert.equal(metric.name, "");
    assert.deepEqual(metric.$unknown, [new Uint8Array([0x10, 0x01])]);
    assert.deepEqual(Metric.encode(metric), new Uint8Array([0x10, 0x01]));
  });
});

describe("JSON mapping", () => {
  test("toJson() follows the canonical proto3 mapping", () => {
    const metric = Metric.create({
      name: "m",
      type: 7,
      order: 0.1,
      shouldDisplay: false,
      metricValues: { metricValues: { case: "scalarMetricValues", value: { value: Number.NaN } } },
    });
    assert.deepEqual(Metric.toJson(metric), {
      name: "m",
      type: "SCALAR_METRIC_TYPE",
      shouldDisplay: false,
      metricValues: { scalarMetricValues: { value: "NaN" } },
      order: 0.1,
    });
  });

  test("timestamps print as RFC 3339 and int64 as strings", () => {
    const json = JobMetrics.toJson(
      JobMetrics.create({
        events: [
          {
            name: "e",
            description: "",
            tags: [],
            metrics: [],
            status: 1,
            importance: 1,
            timestampType: 2,
            timestamp: { seconds: 42n, nanos: 5_000_000 },
          },
        ],
      }),
    );
    assert.deepEqual(json, {
      events: [{ name: "e", status: "PASSED_METRIC_STATUS", timestamp: "1970-01-01T00:00:42.005Z", importance: "ZERO_IMPORTANCE", timestampType: "RELATIVE_TIMESTAMP" }],
    });
  });
});

// ---------------------------------------------------------------------------
// Property: any message survives encode → decode.
// ---------------------------------------------------------------------------

const text = fc.string({ unit: "grapheme", maxLength: 12 });
const uuid = fc.record({ data: text });
const id = fc.option(fc.record({ id: fc.option(uuid, { nil: undefined }) }, { requiredKeys: [] }), { nil: undefined });
const enumValue = fc.integer({ min: -3, max: 14 });
const double = fc.double();
const timestamp = fc.record({ seconds: fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }), nanos: fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }) });

const series: fc.Arbitrary<Series> = fc.oneof(
  fc.constant({ series: { case: undefined } } as Series),
  fc.array(double, { maxLength: 20 }).map((v) => ({ series: { case: "doubles", value: { series: Float64Array.from(v) } } }) as Series),
  fc.array(timestamp, { maxLength: 5 }).map((v) => ({ series: { case: "timestamps", value: { series: v } } }) as Series),
  fc.array(uuid, { maxLength: 5 }).map((v) => ({ series: { case: "uuids", value: { series: v } } }) as Series),
  fc.array(text, { maxLength: 5 }).map((v) => ({ series: { case: "strings", value: { series: v } } }) as Series),
  fc.array(enumValue, { maxLength: 5 }).map((v) => ({ series: { case: "statuses", value: { series: Int32Array.from(v) } } }) as Series),
);

const metricsData = fc
  .record({
    metricsDataId: id,
    dataType: enumValue,
    name: text,
    unit: text,
    isPerCategory: fc.boolean(),
    categoryNames: fc.array(text, { maxLength: 3 }),
    isIndexed: fc.boolean(),
    indexDataId: id,
    indexDataType: enumValue,
    data: fc.oneof(
      fc.constant({ case: undefined }),
      series.map((value) => ({ case: "series" as const, value })),
      fc.array(fc.tuple(text, series), { maxLength: 3 }).map((entries) => ({ case: "seriesPerCategory" as const, value: { categoryToSeries: new Map(entries) } })),
      text.map((path) => ({ case: "externalFile" as const, value: { path } })),
    ),
  })
  .map((m) => MetricsData.create(m as Partial<MetricsData>));

const json: fc.Arbitrary<JsonValue> = fc.letrec<{ value: JsonValue }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    fc.double({ noNaN: true }),
    text,
    fc.array(tie("value"), { maxLength: 3 }),
    fc.dictionary(fc.string({ maxLength: 4 }), tie("value"), { maxKeys: 3 }),
  ),
})).value;

const metricValues = fc.oneof(
  fc.constant({ metricValues: { case: undefined } }),
  fc.record({ value: fc.option(double, { nil: undefined }), unit: fc.option(text, { nil: undefined }) }, { requiredKeys: [] }).map((v) => ({ metricValues: { case: "scalarMetricValues", value: v } })),
  fc.record({ json: fc.dictionary(fc.string({ maxLength: 4 }), json, { maxKeys: 3 }) }).map((v) => ({ metricValues: { case: "plotlyMetricValues", value: v } })),
  fc.record({ text }).map((v) => ({ metricValues: { case: "textMetricValues", value: v } })),
  fc
    .record({
      buckets: fc.array(fc.record({ lower: fc.option(double, { nil: undefined }), upper: fc.option(double, { nil: undefined }) }, { requiredKeys: [] }), { maxLength: 3 }),
      lowerBound: fc.option(double, { nil: undefined }),
      upperBound: fc.option(double, { nil: undefined }),
      xAxisName: fc.option(text, { nil: undefined }),
    }, { requiredKeys: ["buckets"] })
    .map((v) => ({ metricValues: { case: "histogramMetricValues", value: v } })),
  fc
    .record({
      index: fc.oneof(
        fc.constant({ case: undefined }),
        fc.nat().map((value) => ({ case: "seriesIndex", value })),
        text.map((value) => ({ case: "stringIndex", value })),
        timestamp.map((value) => ({ case: "timestampIndex", value })),
        uuid.map((value) => ({ case: "uuidIndex", value })),
      ),
    })
    .map((v) => ({ metricValues: { case: "doubleMetricValues", value: v } })),
);

const metric = fc
  .record({
    metricId: id,
    name: text,
    type: enumValue,
    description: text,
    status: enumValue,
    shouldDisplay: fc.option(fc.boolean(), { nil: undefined }),
    metricValues: fc.option(metricValues, { nil: undefined }),
    importance: enumValue,
    order: fc.option(fc.float({ noDefaultInfinity: false }), { nil: undefined }),
    eventMetric: fc.option(fc.boolean(), { nil: undefined }),
    tags: fc.array(fc.record({ key: text, value: text }), { maxLength: 3 }),
  }, { requiredKeys: ["name", "type", "description", "status", "importance", "tags"] })
  .map((m) => Metric.create(m as Partial<Metric>));

const jobMetrics = fc
  .record({
    jobId: id,
    jobLevelMetrics: fc.option(fc.record({ metrics: fc.array(metric, { maxLength: 4 }), metricsStatus: enumValue }), { nil: undefined }),
    metricsData: fc.array(metricsData, { maxLength: 4 }),
    metricsStatus: enumValue,
  }, { requiredKeys: ["metricsData", "metricsStatus"] })
  .map((m) => JobMetrics.create(m as Partial<JobMetrics>));

/** Normalises a generated message the way decoding does (absent sub-fields become defaults). */
function normalise(message: JobMetrics): JobMetrics {
  return JobMetrics.decode(JobMetrics.encode(message));
}

test("property: decode(encode(m)) is stable for random JobMetrics", () => {
  fc.assert(
    fc.property(jobMetrics, (message) => {
      const once = normalise(message);
      const twice = normalise(once);
      assert.deepEqual(twice, once);
      assert.deepEqual(JobMetrics.encode(twice), JobMetrics.encode(once));
    }),
    { numRuns: 300 },
  );
});

test("property: scalar fields survive the round trip exactly", () => {
  fc.assert(
    fc.property(fc.array(double, { maxLength: 50 }), text, enumValue, (values, name, status) => {
      const data = MetricsData.create({ name, dataType: status, data: { case: "series", value: { series: { case: "doubles", value: { series: Float64Array.from(values) } } } } });
      const back = MetricsData.decode(MetricsData.encode(data));
      assert.equal(back.name, name);
      assert.equal(back.dataType, status);
      assert.ok(back.data.case === "series" && back.data.value.series.case === "doubles");
      assert.deepEqual(Array.from(back.data.value.series.value.series), values);
    }),
    { numRuns: 300 },
  );
});
