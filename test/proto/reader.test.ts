import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { decodeMetricsMessage, JobMetrics, Metric, MetricsData, Series } from "../../src/proto/index.ts";
import { Reader } from "../../src/proto/wire/reader.ts";
import { varint } from "./wire_corpus.testdata.ts";

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

describe("the wire rules of protobuf's C++ runtime", () => {
  // metrics_status = 5 (field 4), the field a padded tag aliases below.
  const status = [0x20, 0x05];

  test("a length prefix of 2^32 + L, 2^35 + L or 2^63 + L is refused, not read as L", () => {
    for (const high of [2n ** 32n, 2n ** 35n, 2n ** 63n]) {
      // An unknown field 15 of two bytes whose length prefix carries `high` as well.
      const prefix = varint(high + 2n);
      const bytes = Uint8Array.of(0x7a, ...prefix, ...status);
      assert.throws(() => JobMetrics.decode(bytes), { name: "DecodeError", message: `length ${high + 2n} exceeds the 2 remaining bytes at byte 1` });
    }
  });

  test("a length prefix is at most 5 bytes, padded or not, and below 2 GiB", () => {
    assert.deepEqual(JobMetrics.decode(Uint8Array.of(0x7a, ...varint(2n, 3), 0x08, 0x01, ...status)).metricsStatus, 5);
    assert.throws(() => JobMetrics.decode(Uint8Array.of(0x7a, ...varint(2n, 5), 0x08, 0x01)), { name: "DecodeError", message: "length prefix longer than 5 bytes at byte 1" });
    assert.throws(() => JobMetrics.decode(Uint8Array.of(0x7a, ...varint(2n ** 31n))), { name: "DecodeError", message: "length 2147483648 exceeds the 0 remaining bytes at byte 1" });
  });

  test("a tag is at most 5 bytes: a padded tag of 6 to 10 bytes does not alias a known field", () => {
    for (let extra = 1; extra <= 4; extra++) assert.equal(JobMetrics.decode(Uint8Array.of(...varint(0x20n, extra), 0x05)).metricsStatus, 5);
    for (let extra = 5; extra <= 9; extra++) {
      assert.throws(() => JobMetrics.decode(Uint8Array.of(...varint(0x20n, extra), 0x05)), { name: "DecodeError", message: "tag longer than 5 bytes at byte 0" });
    }
    // Past 10 bytes it is no varint at all.
    assert.throws(() => JobMetrics.decode(Uint8Array.of(...varint(0x20n, 10), 0x05)), { name: "DecodeError", message: "tag longer than 5 bytes at byte 0" });
  });

  test("a 5-byte tag keeps its low 32 bits, as the C++ runtime reads it", () => {
    // 0x20 + 2^32: the C++ runtime drops bit 32 and reads field 4 (upb refuses the tag).
    assert.equal(JobMetrics.decode(Uint8Array.of(0xa0, 0x80, 0x80, 0x80, 0x10, 0x05)).metricsStatus, 5);
  });

  test("a varint value keeps its low 64 bits, up to 10 bytes", () => {
    // should_display (Metric field 6) = a 10-byte varint whose only set bit is beyond bit 63: false, as in C++.
    const beyond = [0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x02];
    assert.equal(Metric.decode(Uint8Array.of(0x30, ...beyond)).shouldDisplay, false);
    assert.equal(Metric.decode(Uint8Array.of(0x30, ...beyond.slice(0, 9), 0x03)).shouldDisplay, true);
    assert.throws(() => Metric.decode(Uint8Array.of(0x30, ...beyond.slice(0, 9), 0x80, 0x00)), { name: "DecodeError", message: "varint longer than 10 bytes at byte 1" });
  });

  test("groups and messages share one nesting limit of 100", () => {
    // Nested unknown groups of field 15 inside a metrics_data entry: 1 + 99 levels pass, 1 + 100 do not.
    const groups = (n: number) => [...Array(n).fill(0x7b), ...Array(n).fill(0x7c)];
    const inMessage = (n: number) => Uint8Array.of(0x1a, ...varint(BigInt(n * 2)), ...groups(n));
    assert.doesNotThrow(() => JobMetrics.decode(inMessage(99)));
    assert.throws(() => JobMetrics.decode(inMessage(100)), { name: "DecodeError" });
  });
});
