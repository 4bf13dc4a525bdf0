import { test } from "node:test";
import assert from "node:assert/strict";
import { decodeInput, decodeJobMetrics } from "../../src/cli/_input.ts";
import { CliError } from "../../src/cli/errors.ts";
import { renderSummary } from "../../src/cli/inspect/render.ts";
import { summarize } from "../../src/cli/inspect/summary.ts";
import { stylesFor } from "../../src/cli/terminal.ts";
import { formatViolation, validateJobMetrics } from "../../src/validate/index.ts";
import { jobMetricsFixtures, readFixture } from "../_shared.ts";

const VARIANTS = 12_000;

/** A deterministic generator of integers in [0, n) (mulberry32). */
function seeded(seed: number): (n: number) => number {
  let state = seed >>> 0;
  return (n) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

// Plain Uint8Array copies: Buffer's slice() would return views and damage the fixtures themselves.
const sources = [...jobMetricsFixtures, "single_metric.binproto", "single_metrics_data.binproto"].map((name) => new Uint8Array(readFixture(name)));

/** Ways to damage a message: truncate it, flip bits, overwrite, insert or delete bytes, or plant huge varints. */
const mutations: ((bytes: Uint8Array, random: (n: number) => number) => Uint8Array)[] = [
  (b, r) => b.slice(0, r(b.length)),
  (b, r) => {
    const out = b.slice();
    for (let flips = 1 + r(4); flips > 0; flips--) out[r(out.length)]! ^= 1 << r(8);
    return out;
  },
  (b, r) => {
    const out = b.slice();
    out[r(out.length)] = r(256);
    return out;
  },
  (b, r) => {
    const at = r(b.length);
    return splice(b, at, at, Uint8Array.from({ length: 1 + r(16) }, () => r(256)));
  },
  (b, r) => {
    const at = r(b.length);
    return splice(b, at, at + 1 + r(32), new Uint8Array());
  },
  (b, r) => {
    // A length prefix or varint made absurd.
    const at = r(b.length);
    return splice(b, at, at + 1, Uint8Array.of(0xff, 0xff, 0xff, 0xff, 0x0f));
  },
];

/** `bytes` with `[from, to)` replaced by `inserted`. */
function splice(bytes: Uint8Array, from: number, to: number, inserted: Uint8Array): Uint8Array {
  const tail = bytes.subarray(Math.min(to, bytes.length));
  const out = new Uint8Array(from + inserted.length + tail.length);
  out.set(bytes.subarray(0, from));
  out.set(inserted, from);
  out.set(tail, from + inserted.length);
  return out;
}

test(`decoding, validating and summarising ${VARIANTS} damaged fixtures never fails unexpectedly`, () => {
  const random = seeded(2024);
  const styles = stylesFor({ isTTY: false });
  const outcomes = { unreadable: 0, invalid: 0, valid: 0 };
  for (let i = 0; i < VARIANTS; i++) {
    const source = sources[random(sources.length)]!;
    const bytes = mutations[random(mutations.length)]!(source, random);
    const input = { label: `variant ${i}`, bytes };
    try {
      // As `validate` reads files: lengths only; the verdict and violations must not depend on it.
      const report = validateJobMetrics(decodeJobMetrics(input, { lengthsOnly: true }));
      assert.deepEqual(report, validateJobMetrics(decodeJobMetrics(input)));
      assert.equal(report.valid, report.errors.length === 0);
      for (const v of [...report.errors, ...report.warnings]) assert.doesNotMatch(formatViolation(v), /\n/);
      outcomes[report.valid ? "valid" : "invalid"]++;
    } catch (error) {
      if (!(error instanceof CliError)) throw new Error(`variant ${i} of ${bytes.length} bytes: ${String(error)}`, { cause: error });
      assert.equal(error.exitCode, 2);
      assert.doesNotMatch(error.message, /\n/);
      outcomes.unreadable++;
    }
    try {
      renderSummary(summarize(decodeInput(input)), input.label, styles);
    } catch (error) {
      if (!(error instanceof CliError)) throw new Error(`variant ${i} (inspect): ${String(error)}`, { cause: error });
    }
  }
  // Every kind of outcome occurs, so the variants exercise more than the decoder's first check.
  assert.ok(Object.values(outcomes).every((n) => n > 100), JSON.stringify(outcomes));
});
