import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { createClient } from "../../src/api/client.ts";
import { saveBatch } from "../../src/api/folder_recorder.ts";
import { httpSource } from "../../src/api/http_source.ts";
import { JobMetrics, MetricType } from "../../src/proto/index.ts";
import { MetricImportance, MetricStatus, MetricsWriter, seededIds, unpackMetrics, type HistogramMetric, type BarChartMetric, type ScalarMetric, type SeriesMetricsData } from "../../src/sdk/index.ts";
import { validateJobMetrics } from "../../src/validate/index.ts";
import { withApiDouble } from "../_double/hooks.ts";
import { seededRandom } from "../_double/random.ts";
import { testToken } from "../_double/scenarios.ts";
import { addBatch, contentsFromJobMetrics, newProject, type JobContents } from "../_double/world.ts";
import { repoDir } from "../_shared.ts";
import { tempTree } from "../_temp_tree.ts";
import { run } from "../cli/_run.ts";

const { PASSED_METRIC_STATUS: PASSED, FAIL_WARN_METRIC_STATUS: WARN } = MetricStatus;

/** A test as the test-mode example writes it: a "Top speed" scalar (and another metric). */
function testJob(topSpeed: number, status: MetricStatus): JobContents {
  const writer = new MetricsWriter({ idGenerator: seededIds(topSpeed * 10) });
  writer.addScalarMetric("Top speed").withValue(topSpeed).withUnit("m/s").withStatus(status).withImportance(MetricImportance.HIGH_IMPORTANCE);
  writer.addScalarMetric("Distance to goal at the end").withValue(0.4).withUnit("m").withStatus(PASSED).withImportance(MetricImportance.HIGH_IMPORTANCE);
  return contentsFromJobMetrics(writer.write().bytes);
}

describe("examples/batch-mode", () => {
  test("the example aggregates the tests' top speeds from a fetched batch into a histogram, a bar chart and a hidden mean", async (t) => {
    const random = seededRandom(31);
    const project = newProject(random);
    const batch = addBatch(project, random, {}, [
      { ...testJob(7.5, PASSED), job: { experienceName: "crosswalk, dry" } },
      { ...testJob(9.25, WARN), job: { experienceName: "crosswalk, wet" } },
      { ...testJob(8, PASSED), job: { experienceName: "crosswalk, night" } },
      { metrics: [], metricsData: [], events: [], job: { experienceName: "crosswalk, fog", conflatedStatus: "ERROR" } },
    ]);
    const ref = { projectID: project.projectID, batchID: batch.batch.batchID! };
    const dir = await tempTree(t);
    await withApiDouble({ world: { projects: [project] }, token: testToken }, (double) =>
      saveBatch(httpSource(createClient({ apiURL: double.apiURL, token: testToken })), ref, join(dir, "fetch")),
    );

    const outputs = join(dir, "outputs");
    const result = await run("run", join(repoDir, "examples/batch-mode/script.ts"), "--from", join(dir, "fetch"), "--outputs", outputs);
    assert.deepEqual(result, { code: 0, stdout: "", stderr: `info: "Top speed" of 3 tests (1 without it)\ninfo: Wrote 3 metrics to "${join(outputs, "metrics.binproto")}"\n` });

    const message = JobMetrics.decode(await readFile(join(outputs, "metrics.binproto")));
    assert.deepEqual(validateJobMetrics(message).errors, []);
    const { metrics } = unpackMetrics({ metrics: message.jobLevelMetrics!.metrics, metricsData: message.metricsData });
    assert.deepEqual(metrics.map((m) => [m.name, m.type, m.status, m.shouldDisplay]), [
      ["Top speed across tests", MetricType.HISTOGRAM_METRIC_TYPE, WARN, undefined],
      ["Top speed by test", MetricType.BAR_CHART_METRIC_TYPE, WARN, undefined],
      ["Mean top speed", MetricType.SCALAR_METRIC_TYPE, MetricStatus.NOT_APPLICABLE_METRIC_STATUS, false],
    ]);
    const [histogram, bars, mean] = metrics as [HistogramMetric, BarChartMetric, ScalarMetric];
    assert.deepEqual([...(histogram.valuesData as SeriesMetricsData).values], [7.5, 9.25, 8]);
    assert.deepEqual([histogram.buckets![0]!.lower, histogram.buckets!.at(-1)!.upper, histogram.buckets!.length, histogram.xAxisName], [7, 10, 8, "Top speed (m/s)"]);
    const [series] = bars.series;
    assert.deepEqual([...((series!.values as SeriesMetricsData).index as SeriesMetricsData).values], ["crosswalk, dry", "crosswalk, wet", "crosswalk, night"]);
    assert.deepEqual([...(series!.statuses as SeriesMetricsData).values], [PASSED, WARN, PASSED]);
    assert.deepEqual([mean.value, mean.unit], [(7.5 + 9.25 + 8) / 3, "m/s"]);
  });
});
