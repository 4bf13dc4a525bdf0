// Our wire reader against protobufjs's on fuzzed bytes: both must accept and
// reject the same inputs and, where both accept, decode the same message.
// Where they part, the input must fall under one of the documented
// exceptions, each a place where protobufjs departs from protobuf's C++
// runtime and we follow C++.

import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import protobuf from "protobufjs";
import { loadSchema } from "../../build/gen_proto.ts";
import { DecodeError, JobMetrics, type JsonObject } from "../../src/proto/index.ts";
import { repoDir } from "../_shared.ts";
import { conformanceCases } from "../validate/conformance.testdata.ts";
import { varint } from "./wire_corpus.testdata.ts";

const reference = loadSchema(`${repoDir}proto`).lookupType("resim.metrics.proto.JobMetrics");

/**
 * Where protobufjs and we may disagree, and why: each names the outcome of
 * each side, so any other disagreement fails the test.
 */
const exceptions: readonly { ours: RegExp | "accepts"; reference: RegExp | "accepts"; why: string }[] = [
  {
    ours: /^varint longer than 10 bytes/,
    reference: "accepts",
    why: "protobufjs skips an unknown varint field however long it is; the C++ runtime refuses varints of more than 10 bytes",
  },
  {
    ours: "accepts",
    reference: /^invalid tag encoding$/,
    why: "protobufjs refuses a 5-byte tag with bits past bit 31; the C++ runtime drops those bits (upb refuses them too)",
  },
];

type Outcome = { json: JsonObject } | { error: string };

function decodeOurs(bytes: Uint8Array): Outcome {
  try {
    return { json: JobMetrics.toJson(JobMetrics.decode(bytes)) };
  } catch (error) {
    if (!(error instanceof DecodeError)) throw error;
    return { error: error.message };
  }
}

/** protobufjs's decode, re-encoded and read back by ours, so both sides print the same JSON for the same message. */
function decodeReference(bytes: Uint8Array): Outcome {
  let message: protobuf.Message;
  try {
    message = reference.decode(bytes);
  } catch (error) {
    return { error: (error as Error).message };
  }
  return { json: JobMetrics.toJson(JobMetrics.decode(reference.encode(message).finish())) };
}

/** Nothing, or the disagreement between both readers that no exception covers. */
function disagreement(bytes: Uint8Array): string | undefined {
  const ours = decodeOurs(bytes);
  const theirs = decodeReference(bytes);
  const hex = Buffer.from(bytes).toString("hex");
  if ("json" in ours && "json" in theirs) {
    try {
      assert.deepEqual(ours.json, theirs.json);
      return undefined;
    } catch {
      return `both accept ${hex} but decode different messages`;
    }
  }
  if ("error" in ours && "error" in theirs) return undefined;
  const matches = (side: RegExp | "accepts", outcome: Outcome) => (side === "accepts" ? "json" in outcome : "error" in outcome && side.test(outcome.error));
  if (exceptions.some((e) => matches(e.ours, ours) && matches(e.reference, theirs))) return undefined;
  return `${hex}: ours ${"error" in ours ? `refuses (${ours.error})` : "accepts"}, protobufjs ${"error" in theirs ? `refuses (${theirs.error})` : "accepts"}`;
}

/** Real messages to mutate: a whole job, and jobs of one metric, metrics data and event each. */
const seeds: readonly Uint8Array[] = (() => {
  const job = conformanceCases[0]!.build();
  const metrics = job.jobLevelMetrics?.metrics ?? [];
  const slices = metrics.map((metric, i) =>
    JobMetrics.encode({
      ...job,
      jobLevelMetrics: { metrics: [metric], metricsStatus: 1 },
      metricsData: job.metricsData.slice(i, i + 1),
      events: job.events.slice(i, i + 1),
    }),
  );
  return [JobMetrics.encode(job), ...slices];
})();

/** Edits that make malformed bytes of every kind the reader must judge. */
type Mutation =
  | { kind: "flip"; at: number; xor: number }
  | { kind: "insert"; at: number; bytes: number[] }
  | { kind: "delete"; at: number; count: number }
  | { kind: "truncate"; at: number }
  /** Lengthens the varint ending at or after `at` by `extra` zero-valued bytes. */
  | { kind: "pad"; at: number; extra: number }
  /** Adds `high` to the value of the varint starting at `at`: a length or tag that wraps if bits are dropped. */
  | { kind: "widen"; at: number; high: bigint };

function mutate(seed: Uint8Array, mutations: readonly Mutation[]): Uint8Array {
  let bytes = [...seed];
  for (const m of mutations) {
    const at = bytes.length === 0 ? 0 : m.at % bytes.length;
    switch (m.kind) {
      case "flip":
        if (bytes.length > 0) bytes[at]! ^= m.xor;
        break;
      case "insert":
        bytes.splice(at, 0, ...m.bytes);
        break;
      case "delete":
        bytes.splice(at, m.count);
        break;
      case "truncate":
        bytes = bytes.slice(0, at);
        break;
      case "pad": {
        const end = bytes.findIndex((b, i) => i >= at && b < 0x80);
        if (end >= 0) bytes.splice(end, 1, bytes[end]! | 0x80, ...Array<number>(m.extra - 1).fill(0x80), 0x00);
        break;
      }
      case "widen": {
        let value = 0n;
        let i = at;
        for (; i < bytes.length && i - at < 10; i++) {
          value |= BigInt(bytes[i]! & 0x7f) << BigInt(7 * (i - at));
          if (bytes[i]! < 0x80) break;
        }
        if (i < bytes.length && bytes[i]! < 0x80) bytes.splice(at, i - at + 1, ...varint(value + m.high));
        break;
      }
    }
  }
  return Uint8Array.from(bytes);
}

const at = fc.nat();
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("flip" as const), at, xor: fc.integer({ min: 1, max: 255 }) }),
  fc.record({ kind: fc.constant("insert" as const), at, bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 6 }) }),
  fc.record({ kind: fc.constant("delete" as const), at, count: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ kind: fc.constant("truncate" as const), at }),
  fc.record({ kind: fc.constant("pad" as const), at, extra: fc.integer({ min: 1, max: 10 }) }),
  fc.record({ kind: fc.constant("widen" as const), at, high: fc.constantFrom(2n ** 28n, 2n ** 31n, 2n ** 32n, 2n ** 35n, 2n ** 63n) }),
);

const FUZZ = { seed: 20261204, numRuns: 1500 } as const;

test("our reader and protobufjs's agree on mutated JobMetrics, but for the documented exceptions", () => {
  fc.assert(
    fc.property(fc.constantFrom(...seeds), fc.array(mutation, { minLength: 1, maxLength: 4 }), (seed, mutations) => {
      const found = disagreement(mutate(seed, mutations));
      assert.equal(found, undefined, found);
    }),
    FUZZ,
  );
});

test("our reader and protobufjs's agree on random bytes, but for the documented exceptions", () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 48 }), (bytes) => {
      const found = disagreement(bytes);
      assert.equal(found, undefined, found);
    }),
    FUZZ,
  );
});

test("each documented exception is reached by an input of its own", () => {
  // An unknown field 15 holding an 11-byte varint; metrics_status (field 4) behind a 5-byte tag with bit 32 set.
  const inputs = [Uint8Array.of(0x78, ...Array<number>(10).fill(0x80), 0x00), Uint8Array.of(0xa0, 0x80, 0x80, 0x80, 0x10, 0x05)];
  exceptions.forEach((exception, i) => {
    const ours = decodeOurs(inputs[i]!);
    const theirs = decodeReference(inputs[i]!);
    assert.ok(exception.ours === "accepts" ? "json" in ours : "error" in ours && exception.ours.test(ours.error), exception.why);
    assert.ok(exception.reference === "accepts" ? "json" in theirs : "error" in theirs && exception.reference.test(theirs.error), exception.why);
  });
});
