/**
 * A realistic metrics script's output, shared by the SDK's fidelity test and
 * the preview's rendering test: a test of an autonomous vehicle with all 12
 * metric types, series and per-category data, indexed data, image files,
 * events, and every metric status. Ids come from a fixed seed, so the
 * message is the same on every run.
 * @module
 */

import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  equalWidthBuckets,
  GroupedMetricsData,
  MetricImportance,
  MetricStatus,
  MetricsWriter,
  seededIds,
  SeriesMetricsData,
  Timestamp,
  Timestamps,
  type WriteResult,
} from "../../src/sdk/index.ts";

/** The job of the metrics. */
export const allTypesJobId = "7579affb-3e5b-4f02-871b-bf275aef67ee";

/** The image files the metrics reference, relative to the outputs folder. */
export const allTypesImages: readonly string[] = ["speed.png", "camera/frame_000.png", "camera/frame_001.png"];

// A 16×16 gradient, enough for a browser to decode and show.
const png = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAIAAACQkWg2AAABk0lEQVR42hXRURVEIQhFUSIYgQhEIIIRiGAEIhjhRCACEYxgBCPMPL5ZrHvZIsIQVDDBhSmEsIQUtoBQQgtHuMITRAZjoAMb+GAOYrAGOdgDBjXowRncwRuIKENRxRRXphLKUlLZCkoprRzlKk8RMYahhhluTCOMZaSxDYwy2jjGNZ4h4gxHHXPcmU44y0lnOzjltHOc6zxHZDImOrGJT+YkJmuSkz1hUpOenMmdvIlIMAINLPBgBhGsIIMdEFTQwQlu8AKRxVjowha+mItYrEUu9oJFLXpxFnfxFiLJSDSxxJOZRLKSTHZCUkknJ7nJy7/DZmx0YxvfzE1s1iY3e8OmNr05m7t5++/w4aDfA/GvJPEFIb/lbwoaDlx4/B2KUWhhhReziGIVWez61qvo4hS3ePV3aEajjTXezCaa1WSz+zteTTenuc3rv8NhHPRgBz/MQxzWIQ/7fFHq0IdzuId3/g6XcdGLXfwyL3FZl7zs+wWvS1/O5V7e/Ts8xkMf9vDHfMRjPfKx31ezHv04j/t4jx9q4ZAQEJBMigAAAABJRU5ErkJggg==",
  "base64",
);

const { PASSED_METRIC_STATUS, FAIL_WARN_METRIC_STATUS, NOT_APPLICABLE_METRIC_STATUS, RAW_METRIC_STATUS, FAIL_BLOCK_METRIC_STATUS } = MetricStatus;
const { LOW_IMPORTANCE, MEDIUM_IMPORTANCE, HIGH_IMPORTANCE, CRITICAL_IMPORTANCE, ZERO_IMPORTANCE } = MetricImportance;

/**
 * Writes the image files into `outputsDir` (created if needed) and returns
 * the written metrics; `bytes` is what `metrics.binproto` in that folder
 * would hold.
 */
export function buildAllTypesJobMetrics(outputsDir: string): WriteResult {
  for (const image of allTypesImages) {
    mkdirSync(join(outputsDir, image, ".."), { recursive: true });
    writeFileSync(join(outputsDir, image), png);
  }
  const writer = new MetricsWriter({ jobId: allTypesJobId, idGenerator: seededIds(2024), outputsDir });

  // 10 s of driving sampled at 10 Hz: speed ramps up, brakes hard at 4.2 s, recovers.
  const seconds = Array.from({ length: 101 }, (_, i) => i / 10);
  const speedValues = seconds.map((t) => (t < 4.2 ? 2.5 * t : Math.max(0, 10.5 - 6 * (t - 4.2)) + Math.max(0, t - 6) * 1.5));
  const time = writer.addSeriesMetricsData("time", Timestamps.fromSeconds(seconds), { unit: "s" });
  const elapsed = SeriesMetricsData.from("elapsed", seconds, { unit: "s" });
  const speed = SeriesMetricsData.from("speed", speedValues, { unit: "m/s" });
  const speedLimit = SeriesMetricsData.from("speed limit", seconds.map(() => 11), { unit: "m/s" });
  const speedStatuses = SeriesMetricsData.from("speed statuses", speedValues.map((v) => (v > 11 ? FAIL_WARN_METRIC_STATUS : PASSED_METRIC_STATUS)), { type: "status" });
  writer
    .addLinePlotMetric("Speed")
    .withDescription("Ego speed against the limit")
    .withStatus(PASSED_METRIC_STATUS)
    .withImportance(HIGH_IMPORTANCE)
    .withShouldDisplay(true)
    .withTag("subsystem", "planning")
    .appendSeriesData(elapsed, speed, "ego")
    .appendStatusesData(speedStatuses)
    .appendSeriesData(elapsed, speedLimit, "limit")
    .appendStatusesData(speedStatuses)
    .withXAxisName("time (s)")
    .withYAxisName("speed (m/s)");

  const gap = SeriesMetricsData.from("distance to lead", speedValues.map((v) => 30 - 2 * v), { unit: "m", index: time });
  const gapStatuses = SeriesMetricsData.from("distance to lead statuses", speedValues.map((v) => (30 - 2 * v < 10 ? FAIL_WARN_METRIC_STATUS : PASSED_METRIC_STATUS)), { type: "status", index: time });
  writer
    .addDoubleOverTimeMetric("Distance to lead vehicle")
    .withDescription("Gap to the vehicle ahead")
    .withStatus(FAIL_WARN_METRIC_STATUS)
    .withImportance(CRITICAL_IMPORTANCE)
    .appendDoublesOverTimeData(gap, "gap")
    .appendStatusesOverTimeData(gapStatuses)
    .withFailureDefinitions([{ failsBelow: 10 }])
    .withStartTime(new Timestamp(0))
    .withEndTime(new Timestamp(10))
    .withYAxisName("gap (m)");

  writer
    .addDoubleSummaryMetric("Gap at 5 s")
    .withStatus(PASSED_METRIC_STATUS)
    .withImportance(MEDIUM_IMPORTANCE)
    .withValueData(gap)
    .withStatusData(gapStatuses)
    .withIndex(new Timestamp(5))
    .withFailureDefinition({ failsBelow: 10 });

  const actors = { ego: seconds.slice(0, 6), pedestrian: seconds.slice(0, 4) };
  const actorTimes = GroupedMetricsData.from("actor times", { ego: Timestamps.fromSeconds(actors.ego), pedestrian: Timestamps.fromSeconds(actors.pedestrian) });
  const actorStates = GroupedMetricsData.from(
    "actor states",
    { ego: ["cruise", "cruise", "brake", "brake", "stop", "cruise"], pedestrian: ["walk", "walk", "stop", "walk"] },
    { index: actorTimes },
  );
  const actorStatuses = GroupedMetricsData.from(
    "actor state statuses",
    { ego: [1, 1, 2, 2, 1, 1] as MetricStatus[], pedestrian: [1, 1, 1, 1] as MetricStatus[] },
    { type: "status", index: actorTimes },
  );
  writer
    .addStatesOverTimeMetric("Actor states")
    .withStatus(PASSED_METRIC_STATUS)
    .withImportance(MEDIUM_IMPORTANCE)
    .appendStatesOverTimeData(actorStates, "state")
    .appendStatusesOverTimeData(actorStatuses)
    .withStatesSet(["cruise", "brake", "stop", "walk", "fault"])
    .withFailureStates(["fault"]);

  const finalGap = GroupedMetricsData.from("final distance by actor", { ego: [9.2], pedestrian: [3.4] }, { unit: "m" });
  const finalGapStatuses = GroupedMetricsData.from("final distance statuses", { ego: [PASSED_METRIC_STATUS], pedestrian: [FAIL_WARN_METRIC_STATUS] }, { type: "status" });
  writer
    .addDoubleSummaryMetric("Final distance by actor")
    .withStatus(FAIL_WARN_METRIC_STATUS)
    .withImportance(HIGH_IMPORTANCE)
    .withValueData(finalGap)
    .withStatusData(finalGapStatuses);

  const classes = SeriesMetricsData.from("object classes", ["car", "truck", "pedestrian", "cyclist"]);
  const precision = SeriesMetricsData.from("precision", [0.93, 0.88, 0.79, 0.71], { index: classes });
  const recall = SeriesMetricsData.from("recall", [0.9, 0.81, 0.85, 0.64], { index: classes });
  const detectionStatuses = SeriesMetricsData.from("detection statuses", [1, 1, 1, 2] as MetricStatus[], { type: "status", index: classes });
  writer
    .addBarChartMetric("Detection quality")
    .withStatus(PASSED_METRIC_STATUS)
    .withImportance(HIGH_IMPORTANCE)
    .appendValuesData(precision, "Precision")
    .appendStatusesData(detectionStatuses)
    .appendValuesData(recall, "Recall")
    .appendStatusesData(detectionStatuses)
    .withXAxisName("class")
    .withYAxisName("score")
    .withStackBars(false);

  const lateral = SeriesMetricsData.from("lateral error", seconds.map((t) => 0.3 * Math.sin(t * 1.7)), { unit: "m" });
  writer
    .addHistogramMetric("Lateral error")
    .withStatus(PASSED_METRIC_STATUS)
    .withImportance(MEDIUM_IMPORTANCE)
    .withValuesData(lateral)
    .withStatusesData(SeriesMetricsData.from("lateral error statuses", seconds.map(() => PASSED_METRIC_STATUS), { type: "status" }))
    .withBuckets(equalWidthBuckets(-0.4, 0.4, 8))
    .withXAxisName("lateral error (m)");

  writer
    .addScalarMetric("Maximum speed")
    .withStatus(FAIL_WARN_METRIC_STATUS)
    .withImportance(HIGH_IMPORTANCE)
    .withValue(Math.max(...speedValues))
    .withUnit("m/s")
    .withFailureDefinition({ failsAbove: 11 })
    .withOrder(0.5);

  writer
    .addPlotlyMetric("Speed distribution")
    .withStatus(RAW_METRIC_STATUS)
    .withImportance(LOW_IMPORTANCE)
    .withPlotlyData({
      data: [{ type: "histogram", x: speedValues, name: "speed" }],
      layout: { title: { text: "Speed distribution" }, xaxis: { title: { text: "m/s" } } },
    });

  writer
    .addImageMetric("Speed plot")
    .withStatus(PASSED_METRIC_STATUS)
    .withImportance(LOW_IMPORTANCE)
    .withImageData(writer.addExternalFileMetricsData("speed plot image", "speed.png"));

  writer
    .addImageListMetric("Camera frames")
    .withStatus(NOT_APPLICABLE_METRIC_STATUS)
    .withImportance(ZERO_IMPORTANCE)
    .appendImageData(writer.addExternalFileMetricsData("frame 0", "camera/frame_000.png"))
    .appendImageData(writer.addExternalFileMetricsData("frame 1", "camera/frame_001.png"));

  writer
    .addTextMetric("Summary")
    .withStatus(NOT_APPLICABLE_METRIC_STATUS)
    .withImportance(LOW_IMPORTANCE)
    .withText("## Run summary\n\n- **1** hard brake at 4.2 s\n- top speed over the limit");

  const batches = SeriesMetricsData.from(
    "batch ids",
    ["0f2a3c55-7e1b-4f6d-9a01-2b3c4d5e6f70", "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e"],
    { type: "uuid" },
  );
  const batchwise = writer
    .addBatchwiseBarChartMetric("Outcomes per batch")
    .withStatus(RAW_METRIC_STATUS)
    .withImportance(LOW_IMPORTANCE)
    .withProjectId("6133c1a9-b6d8-41fb-b7d7-44f1889511dd")
    .withColors(["#2ca02c", "#d62728"])
    .withXAxisName("batch")
    .withYAxisName("tests")
    .withStackBars(true);
  for (const [outcome, counts] of [["passed", [18, 19, 20]], ["failed", [2, 1, 0]]] as const) {
    batchwise.appendCategoryData(
      outcome,
      SeriesMetricsData.from(`${outcome} batch times`, Timestamps.fromSeconds([1_700_000_000, 1_700_086_400, 1_700_172_800]), { index: batches }),
      SeriesMetricsData.from(`${outcome} counts`, [...counts], { index: batches }),
      SeriesMetricsData.from(`${outcome} count statuses`, [1, 1, 1] as MetricStatus[], { type: "status", index: batches }),
    );
  }

  const deceleration = writer
    .addScalarMetric("Deceleration at hard brake")
    .withStatus(FAIL_BLOCK_METRIC_STATUS)
    .withImportance(CRITICAL_IMPORTANCE)
    .withValue(6)
    .withUnit("m/s²")
    .withFailureDefinition({ failsAbove: 5 })
    .withEventMetric();
  writer
    .addEvent("Hard brake")
    .withDescription("The ego braked harder than 5 m/s²")
    .withTags(["braking", "comfort"])
    .withRelativeTimestamp(Timestamp.fromSeconds(4.2))
    .withStatus(FAIL_BLOCK_METRIC_STATUS)
    .withImportance(CRITICAL_IMPORTANCE)
    .withMetrics([deceleration]);
  writer
    .addEvent("Pedestrian stopped")
    .withRelativeTimestamp(Timestamp.fromSeconds(0.2))
    .withStatus(PASSED_METRIC_STATUS)
    .withImportance(LOW_IMPORTANCE);

  writer.addSeriesMetricsData("lap distance", [412.5], { unit: "m" });
  return writer.write();
}
