import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { assertValidJobMetrics, formatViolation, InvalidMetricsError, ruleChain, validateJobMetrics, type Violation } from "../../src/validate/index.ts";
import type { ValidationCase } from "./_cases.ts";
import { conformanceCases } from "./conformance.testdata.ts";
import { ruleCases } from "./rules.testdata.ts";
import { upstreamCases } from "./upstream.testdata.ts";

const tag = (v: Violation) => (v.note === undefined ? v.rule : `${v.rule} ${v.note}`);

function runCases(suite: string, cases: readonly ValidationCase[]): void {
  describe(suite, () => {
    for (const c of cases) {
      test(`validateJobMetrics() ${c.valid ? "accepts" : "rejects"} ${c.id}: ${c.title}`, () => {
        const message = c.build();
        const report = validateJobMetrics(message);
        assert.equal(report.valid, c.valid, report.errors.map(formatViolation).join("\n"));
        assert.equal(report.valid, report.errors.length === 0);
        if (c.first !== undefined) assert.equal(ruleChain(report.errors[0]!), c.first, formatViolation(report.errors[0]!));
        if (c.errors !== undefined) assert.deepEqual(report.errors.map(formatViolation), c.errors);
        if (c.warnings !== undefined || c.valid) assert.deepEqual(report.warnings.map(tag), c.warnings ?? [], report.warnings.map(formatViolation).join("\n"));
        if (c.warningLines !== undefined) assert.deepEqual(report.warnings.map(formatViolation), c.warningLines);
        if (c.valid) assert.deepEqual(assertValidJobMetrics(message), report);
        else assert.throws(() => assertValidJobMetrics(message), InvalidMetricsError);
      });
    }
  });
}

runCases("upstream validator tests", upstreamCases);
runCases("conformance vectors", conformanceCases);
runCases("rules", ruleCases);
