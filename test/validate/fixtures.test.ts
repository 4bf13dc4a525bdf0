import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { JobMetrics, type JsonValue } from "../../src/proto/index.ts";
import { formatViolation, ruleIds, validateJobMetrics } from "../../src/validate/index.ts";
import { jobMetricsFixtures, readFixture } from "../_shared.ts";
import { conformanceCases } from "./conformance.testdata.ts";
import { ruleCases } from "./rules.testdata.ts";
import { generateTestMetrics } from "./_upstream_fixtures.ts";
import { upstreamCases } from "./upstream.testdata.ts";

describe("fixtures written by ReSim's SDK", () => {
  for (const name of jobMetricsFixtures) {
    test(`validateJobMetrics() accepts ${name} without warnings`, () => {
      const report = validateJobMetrics(JobMetrics.decode(readFixture(name)));
      assert.deepEqual([...report.errors, ...report.warnings].map(formatViolation), []);
      assert.equal(report.valid, true);
    });
  }
});

/**
 * A fixture's structure with ids replaced by the names of what they identify
 * and random contents (batch values, UUIDs) by their lengths, so the port of
 * upstream's generator can be compared with what the generator wrote.
 */
function shape(message: JobMetrics): JsonValue {
  const json = JobMetrics.toJson(message);
  const names = new Map<string, string>([[message.jobId?.id?.data ?? "", "job"]]);
  for (const d of message.metricsData) names.set(d.metricsDataId!.id!.data, `data:${d.name}`);
  for (const m of message.jobLevelMetrics!.metrics) names.set(m.metricId!.id!.data, `metric:${m.name}`);
  const irrelevant = new Set(["description", "order", "unit", "shouldDisplay", "blocking", "xAxisName", "yAxisName"]);
  const normalise = (value: JsonValue, key: string): JsonValue => {
    if (typeof value === "string") return names.get(value) ?? (/^\{[0-9a-f-]{36}\}$/.test(value) ? "<uuid>" : value);
    if (Array.isArray(value)) return key === "series" ? `<${value.length} entries>` : value.map((v) => normalise(v, key));
    if (value !== null && typeof value === "object") {
      return Object.fromEntries(Object.entries(value).filter(([k]) => !irrelevant.has(k)).map(([k, v]) => [k, normalise(v, k)]));
    }
    return value;
  };
  return normalise(json, "");
}

describe("the port of upstream's test-data generator", () => {
  for (const [blockFail, name] of [[false, "upstream_all_types.binproto"], [true, "upstream_all_types_block.binproto"]] as const) {
    test(`generateTestMetrics(${blockFail}) builds what upstream's generator wrote to ${name}`, () => {
      assert.deepEqual(shape(generateTestMetrics(blockFail)), shape(JobMetrics.decode(readFixture(name))));
    });
  }
});

test("validateJobMetrics() reports every rule of the specification in some case", () => {
  const reported = new Set<string>();
  for (const c of [...upstreamCases, ...conformanceCases, ...ruleCases]) {
    const report = validateJobMetrics(c.build());
    for (const v of [...report.errors, ...report.warnings]) for (const rule of [...(v.via ?? []), v.rule]) reported.add(rule);
  }
  // UUID-01 is reported under the rule that applies it (ID-01, VS-01, …); UUID-02 (identity by spelling) is a definition.
  assert.deepEqual(ruleIds.filter((rule) => !reported.has(rule)), ["UUID-01", "UUID-02"]);
});
