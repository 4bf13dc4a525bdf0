import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { Timestamp } from "../../src/sdk/index.ts";
import { packTimestamp, unpackTimestamp } from "../../src/sdk/timestamp.ts";

describe("Timestamp", () => {
  test("new Timestamp() carries nanos outside [0, 1e9) into the seconds", () => {
    const cases: [number, number, number, number][] = [
      [0, 0, 0, 0],
      [1, 500_000_000, 1, 500_000_000],
      [0, 1_500_000_000, 1, 500_000_000],
      [0, -1, -1, 999_999_999],
      [5, -2_000_000_000, 3, 0],
    ];
    for (const [seconds, nanos, wantSeconds, wantNanos] of cases) {
      const t = new Timestamp(seconds, nanos);
      assert.deepEqual([t.seconds, t.nanos], [wantSeconds, wantNanos], `${seconds}, ${nanos}`);
    }
    assert.equal(new Timestamp(10).nanos, 0);
  });

  test("new Timestamp() rejects fractions and non-finite numbers", () => {
    assert.throws(() => new Timestamp(1.5), { name: "RangeError", message: "Cannot create timestamp: seconds (1.5) and nanos (0) must be integers" });
    assert.throws(() => new Timestamp(0, Number.NaN), { name: "RangeError", message: "Cannot create timestamp: seconds (0) and nanos (NaN) must be integers" });
  });

  test("Timestamp.fromSeconds() rounds to the nearest nanosecond", () => {
    assert.deepEqual([Timestamp.fromSeconds(1.5).seconds, Timestamp.fromSeconds(1.5).nanos], [1, 500_000_000]);
    const t = Timestamp.fromSeconds(-0.25);
    assert.deepEqual([t.seconds, t.nanos], [-1, 750_000_000]);
    assert.equal(Timestamp.fromSeconds(0.1).nanos, 100_000_000);
    assert.throws(() => Timestamp.fromSeconds(Infinity), { message: "Cannot create timestamp from seconds: Infinity is not finite" });
  });

  test("Timestamp.fromNanos() and toNanos() are inverse, negatives included", () => {
    for (const nanos of [0n, 1n, 999_999_999n, 1_000_000_000n, -1n, 1_700_000_000_123_456_789n]) {
      assert.equal(Timestamp.fromNanos(nanos).toNanos(), nanos);
    }
    assert.equal(Timestamp.fromNanos(1500).nanos, 1500);
    assert.throws(() => Timestamp.fromNanos(0.5), { message: "Cannot create timestamp from nanos: 0.5 is not a safe integer" });
  });

  test("Timestamp.fromDate() and toDate() keep milliseconds", () => {
    const date = new Date("2024-05-01T12:00:00.250Z");
    const t = Timestamp.fromDate(date);
    assert.deepEqual([t.seconds, t.nanos], [1714564800, 250_000_000]);
    assert.equal(t.toDate().toISOString(), date.toISOString());
    assert.throws(() => Timestamp.fromDate(new Date("nope")), { message: "Cannot create timestamp from date: the date is invalid" });
  });

  test("compare(), equals() and toString() order and identify by value", () => {
    const a = new Timestamp(1, 5);
    const b = new Timestamp(1, 6);
    assert.ok(a.compare(b) < 0 && b.compare(a) > 0 && a.compare(new Timestamp(1, 5)) === 0);
    assert.ok(a.equals(new Timestamp(0, 1_000_000_005)));
    assert.equal(a.toString(), "1.000000005s");
    assert.equal(new Map([[a.toString(), "x"]]).get(new Timestamp(1, 5).toString()), "x");
    assert.equal(Timestamp.fromSeconds(2.5).toSeconds(), 2.5);
  });

  test("packTimestamp() and unpackTimestamp() convert to and from the protobuf message", () => {
    assert.deepEqual(packTimestamp(new Timestamp(42, 7)), { seconds: 42n, nanos: 7 });
    assert.ok(unpackTimestamp({ seconds: 42n, nanos: 7 }).equals(new Timestamp(42, 7)));
  });
});
