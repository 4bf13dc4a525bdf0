import { test } from "node:test";
import assert from "node:assert/strict";
import { JobMetrics } from "../../src/proto/index.ts";

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
