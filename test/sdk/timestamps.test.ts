import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { Timestamp, Timestamps } from "../../src/sdk/index.ts";
import { packTimestamps, unpackTimestamps } from "../../src/sdk/timestamps.ts";

describe("Timestamps", () => {
  test("Timestamps.fromSeconds() splits each value into whole seconds and nanos", () => {
    const t = Timestamps.fromSeconds([0, 0.1, 1.9999999999, -0.5]);
    assert.deepEqual([...t.seconds], [0, 0, 2, -1]);
    assert.deepEqual([...t.nanos], [0, 100_000_000, 0, 500_000_000]);
    assert.equal(t.length, 4);
  });

  test("Timestamps.fromSeconds() names a value that is not finite", () => {
    assert.throws(() => Timestamps.fromSeconds([0, Number.NaN]), {
      name: "RangeError",
      message: "Cannot create timestamps from seconds: element 1 is NaN, not a finite number",
    });
  });

  test("Timestamps.fromNanos() and Timestamps.from() build the same column", () => {
    const a = Timestamps.fromNanos([1_500_000_000n, 2n]);
    const b = Timestamps.from([new Timestamp(1, 500_000_000), new Timestamp(0, 2)]);
    assert.deepEqual([...a], [...b]);
    assert.throws(() => Timestamps.from([1 as unknown as Timestamp]), { message: "Cannot create timestamps: element 0 is not a Timestamp" });
  });

  test("at() reads from either end and iteration yields Timestamps", () => {
    const t = Timestamps.fromSeconds([1, 2, 3]);
    assert.equal(t.at(-1)?.seconds, 3);
    assert.equal(t.at(3), undefined);
    assert.deepEqual([...t].map((x) => x.seconds), [1, 2, 3]);
  });

  test("packTimestamps() and unpackTimestamps() convert to and from protobuf messages", () => {
    const messages = packTimestamps(Timestamps.fromSeconds([1.25]));
    assert.deepEqual(messages, [{ seconds: 1n, nanos: 250_000_000 }]);
    assert.deepEqual([...unpackTimestamps(messages).nanos], [250_000_000]);
  });
});
