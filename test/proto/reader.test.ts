import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { decodeMetricsMessage, JobMetrics, MetricsData, Series } from "../../src/proto/index.ts";
import { Reader } from "../../src/proto/wire/reader.ts";

test("JobMetrics.decode() skips an unknown length-delimited field whole and reads the fields after it", () => {
  for (const payload of [1, 200]) {
    // metrics_status (4) sent as a length-delimited field, which makes it unknown, then metrics_status = 5.
    const prefix = payload < 128 ? [payload] : [(payload & 0x7f) | 0x80, payload >> 7];
    const unknown = new Uint8Array([0x22, ...prefix, ...new Uint8Array(payload)]);
    const message = JobMetrics.decode(new Uint8Array([...unknown, 0x20, 0x05]));
    assert.equal(message.metricsStatus, 5);
    assert.deepEqual(message.$unknown, [unknown]);
  }
});

describe("packed series", () => {
  const statuses = Int32Array.from({ length: 300 }, (_, i) => i % 6);
  const doubles = Float64Array.from({ length: 300 }, (_, i) => i / 3);
  const message = MetricsData.create({
    data: { case: "series", value: { series: { case: "statuses", value: { series: statuses } } } },
    indexDataType: 1,
  });
  const withDoubles = Series.create({ series: { case: "doubles", value: { series: doubles } } });

  test("decodeMetricsMessage() reads single-byte enum values natively and many-byte ones one by one", () => {
    const mixed = Int32Array.from([1, -1, 200, 5]);
    for (const values of [statuses, mixed]) {
      const bytes = MetricsData.encode({ ...message, data: { case: "series", value: { series: { case: "statuses", value: { series: values } } } } });
      const decoded = decodeMetricsMessage(bytes, "MetricsData").message as MetricsData;
      assert.deepEqual(decoded.data.case === "series" && decoded.data.value.series.value?.series, values);
    }
  });

  test("decodeMetricsMessage() with lengthsOnly keeps the lengths of packed series and every other field", () => {
    const bytes = MetricsData.encode(message);
    const decoded = decodeMetricsMessage(bytes, "MetricsData", { lengthsOnly: true }).message as MetricsData;
    assert.equal(decoded.data.case === "series" && decoded.data.value.series.value?.series.length, 300);
    assert.equal(decoded.indexDataType, 1);
    // Doubles at every alignment: views where aligned, zeros of the right length elsewhere.
    const encoded = Series.encode(withDoubles);
    for (let shift = 0; shift < 8; shift++) {
      const buffer = new Uint8Array(encoded.length + shift);
      buffer.set(encoded, shift);
      const series = Series.decodeFrom(new Reader(buffer.subarray(shift), 0, { lengthsOnly: true })).series;
      assert.equal(series.case === "doubles" && series.value.series.length, 300);
    }
  });

  test("Reader with lengthsOnly still rejects malformed packed series", () => {
    // Series { doubles: DoubleSeries { series: 7 bytes } }
    const bytes = Uint8Array.of(0x0a, 0x09, 0x0a, 0x07, 1, 2, 3, 4, 5, 6, 7);
    assert.throws(() => Series.decodeFrom(new Reader(bytes, 0, { lengthsOnly: true })), {
      name: "DecodeError",
      message: "packed doubles of 7 bytes (not a multiple of 8) at byte 3",
    });
  });
});
