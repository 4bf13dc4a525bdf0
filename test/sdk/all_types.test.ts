import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { JobMetrics, MetricStatus, MetricTypeNames } from "../../src/proto/index.ts";
import { MetricsWriter, unpackMetrics } from "../../src/sdk/index.ts";
import { validateJobMetrics } from "../../src/validate/index.ts";
import { allTypesImages, allTypesJobId, buildAllTypesJobMetrics } from "../_fixtures/all_types.ts";
import { useTempFolder } from "../_temp_tree.ts";

describe("buildAllTypesJobMetrics()", () => {
  const outputs = useTempFolder();

  test("buildAllTypesJobMetrics() writes a message the validator accepts without warnings", () => {
    const result = buildAllTypesJobMetrics(outputs);
    const report = validateJobMetrics(JobMetrics.decode(result.bytes));
    assert.deepEqual([report.valid, report.errors, report.warnings], [true, [], []]);
    for (const image of allTypesImages) assert.ok(existsSync(join(outputs, image)), image);
  });

  test("buildAllTypesJobMetrics() covers every metric type, data form and status", () => {
    const { message, status } = buildAllTypesJobMetrics(outputs);
    const metrics = message.jobLevelMetrics!.metrics;
    assert.equal(new Set(metrics.map((m) => MetricTypeNames[m.type])).size, 12);
    assert.deepEqual(new Set(metrics.map((m) => m.status)), new Set([1, 2, 3, 4, 5]));
    assert.equal(status, MetricStatus.FAIL_BLOCK_METRIC_STATUS);
    assert.ok(message.metricsData.some((d) => d.isPerCategory && d.isIndexed));
    assert.ok(message.metricsData.some((d) => !d.isPerCategory && d.isIndexed));
    assert.ok(message.metricsData.some((d) => d.data.case === "externalFile"));
    assert.deepEqual(message.events.map((e) => e.name), ["Hard brake", "Pedestrian stopped"]);
  });

  test("buildAllTypesJobMetrics() is deterministic and its unpacked objects re-pack to the same bytes", () => {
    const first = buildAllTypesJobMetrics(outputs);
    assert.deepEqual(buildAllTypesJobMetrics(outputs).bytes, first.bytes);
    const unpacked = unpackMetrics({ metrics: first.message.jobLevelMetrics!.metrics, metricsData: first.message.metricsData, events: first.message.events });
    assert.deepEqual(unpacked.problems, []);
    const writer = new MetricsWriter({ jobId: allTypesJobId, outputsDir: outputs });
    unpacked.metrics.forEach((m) => writer.addMetric(m));
    unpacked.metricsData.forEach((d) => writer.addMetricsData(d));
    unpacked.events.forEach((e) => writer.addEvent(e));
    assert.deepEqual(Buffer.from(writer.write().bytes), Buffer.from(first.bytes));
  });
});
