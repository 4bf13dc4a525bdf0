/**
 * Test-mode metrics for a shuttle driving through a crosswalk scenario.
 *
 * Reads the experience (goal, limits) from `experience/experience.json` and
 * the drive log (samples every 0.5 s, perception events) from
 * `logs/drive_log.json`, and writes the top speed, a speed-over-time plot,
 * the trajectory, a deceleration histogram, the driving-mode timeline, the
 * distance left to the goal, and one event per emergency brake with its peak
 * deceleration.
 *
 *   resim-metrics run examples/test-mode/script.ts --inputs examples/test-mode/inputs --outputs /tmp/resim-outputs
 */

import {
  defineMetrics,
  equalWidthBuckets,
  MetricImportance,
  MetricStatus,
  Timestamp,
  Timestamps,
  type TestContext,
} from "resim-metrics";

interface Experience {
  name: string;
  goal: { x: number; y: number };
  /** m/s */
  speedLimit: number;
  /** m/s², as a positive number */
  comfortDecelLimit: number;
}

interface Sample {
  /** Seconds since the start of the test. */
  t: number;
  x: number;
  y: number;
  speed: number;
  accel: number;
  mode: string;
}

interface DriveLog {
  vehicle: string;
  samples: Sample[];
  events: { t: number; kind: string; detail: string }[];
}

const { PASSED_METRIC_STATUS: PASSED, FAIL_WARN_METRIC_STATUS: FAIL_WARN, FAIL_BLOCK_METRIC_STATUS: FAIL_BLOCK } = MetricStatus;

/** The status of a value against an upper limit: over it warns, over 1.5× blocks. */
function againstLimit(value: number, limit: number): MetricStatus {
  if (value > 1.5 * limit) return FAIL_BLOCK;
  return value > limit ? FAIL_WARN : PASSED;
}

/** A status series over the samples, indexed like them by time. */
function statuses(samples: readonly Sample[], statusOf: (sample: Sample) => MetricStatus): Int32Array {
  return Int32Array.from(samples, statusOf);
}

function column(samples: readonly Sample[], key: "t" | "x" | "y" | "speed" | "accel"): Float64Array {
  return Float64Array.from(samples, (sample) => sample[key]);
}

async function testMetrics(ctx: TestContext): Promise<void> {
  const experience = await ctx.readJson<Experience>("experience/experience.json");
  const log = await ctx.readJson<DriveLog>("logs/drive_log.json");
  const { writer } = ctx;
  const { samples } = log;
  ctx.log.info(`${experience.name}: ${samples.length} samples from ${log.vehicle}`);

  const time = writer.addSeriesMetricsData("time", Timestamps.fromSeconds(column(samples, "t")), { unit: "s" });
  const speed = writer.addSeriesMetricsData("speed", column(samples, "speed"), { unit: "m/s", index: time });
  const speedStatus = writer.addSeriesMetricsData("speed status", statuses(samples, (s) => againstLimit(s.speed, experience.speedLimit)), {
    type: "status",
    index: time,
  });

  const topSpeed = Math.max(...speed.values);
  writer
    .addScalarMetric("Top speed")
    .withDescription(`Highest speed over the test; the limit is ${experience.speedLimit} m/s`)
    .withValue(topSpeed)
    .withUnit("m/s")
    .withFailureDefinition({ failsAbove: experience.speedLimit })
    .withStatus(againstLimit(topSpeed, experience.speedLimit))
    .withImportance(MetricImportance.HIGH_IMPORTANCE);

  writer
    .addDoubleOverTimeMetric("Speed")
    .withDescription("Speed over time against the speed limit")
    .appendDoublesOverTimeData(speed, "speed")
    .appendStatusesOverTimeData(speedStatus)
    .withFailureDefinitions([{ failsAbove: experience.speedLimit }])
    .withStartTime(Timestamp.fromSeconds(0))
    .withEndTime(Timestamp.fromSeconds(samples.at(-1)!.t))
    .withYAxisName("speed (m/s)")
    .withStatus(againstLimit(topSpeed, experience.speedLimit))
    .withImportance(MetricImportance.MEDIUM_IMPORTANCE);

  const x = writer.addSeriesMetricsData("x", column(samples, "x"), { unit: "m", index: time });
  const y = writer.addSeriesMetricsData("y", column(samples, "y"), { unit: "m", index: time });
  writer
    .addLinePlotMetric("Trajectory")
    .withDescription("Path driven, seen from above")
    .appendSeriesData(x, y, "shuttle")
    .appendStatusesData(writer.addSeriesMetricsData("path status", statuses(samples, () => PASSED), { type: "status", index: time }))
    .withXAxisName("x (m)")
    .withYAxisName("y (m)")
    .withStatus(PASSED)
    .withImportance(MetricImportance.LOW_IMPORTANCE);

  const decelerations = Float64Array.from(samples, (s) => Math.max(0, -s.accel));
  const hardestBrake = Math.max(...decelerations);
  writer
    .addHistogramMetric("Deceleration")
    .withDescription(`How hard the shuttle braked; above ${experience.comfortDecelLimit} m/s² is uncomfortable`)
    .withValuesData(writer.addSeriesMetricsData("deceleration", decelerations, { unit: "m/s²" }))
    .withStatusesData(
      writer.addSeriesMetricsData("deceleration status", Int32Array.from(decelerations, (d) => againstLimit(d, experience.comfortDecelLimit)), { type: "status" }),
    )
    .withBuckets(equalWidthBuckets(0, 5, 10))
    .withLowerBound(0)
    .withUpperBound(5)
    .withXAxisName("deceleration (m/s²)")
    .withStatus(againstLimit(hardestBrake, experience.comfortDecelLimit))
    .withImportance(MetricImportance.MEDIUM_IMPORTANCE);

  const modes = writer.addSeriesMetricsData("driving mode", samples.map((s) => s.mode), { index: time });
  writer
    .addStatesOverTimeMetric("Driving mode")
    .appendStatesOverTimeData(modes, "mode")
    .appendStatusesOverTimeData(
      writer.addSeriesMetricsData("driving mode status", statuses(samples, (s) => (s.mode === "emergency_brake" ? FAIL_WARN : PASSED)), { type: "status", index: time }),
    )
    .withStatesSet(new Set(samples.map((s) => s.mode)))
    .withFailureStates(["emergency_brake"])
    .withStatus(samples.some((s) => s.mode === "emergency_brake") ? FAIL_WARN : PASSED)
    .withImportance(MetricImportance.HIGH_IMPORTANCE);

  const last = samples.at(-1)!;
  const goalMiss = Math.hypot(experience.goal.x - last.x, experience.goal.y - last.y);
  writer
    .addScalarMetric("Distance to goal at the end")
    .withValue(goalMiss)
    .withUnit("m")
    .withFailureDefinition({ failsAbove: 1 })
    .withStatus(goalMiss > 1 ? FAIL_BLOCK : PASSED)
    .withImportance(MetricImportance.HIGH_IMPORTANCE);

  for (const event of log.events.filter((e) => e.kind === "emergency_brake")) {
    const peak = writer
      .addScalarMetric(`Peak deceleration at ${event.t} s`)
      .withValue(hardestBrake)
      .withUnit("m/s²")
      .withStatus(againstLimit(hardestBrake, experience.comfortDecelLimit))
      .withImportance(MetricImportance.HIGH_IMPORTANCE)
      .withEventMetric();
    writer
      .addEvent(`Emergency brake at ${event.t} s`)
      .withDescription(event.detail)
      .withRelativeTimestamp(Timestamp.fromSeconds(event.t))
      .withTags(["braking", ...log.events.filter((e) => e.t === event.t && e !== event).map((e) => e.kind)])
      .withStatus(FAIL_WARN)
      .withImportance(MetricImportance.HIGH_IMPORTANCE)
      .withMetrics([peak]);
  }
}

export default defineMetrics({
  test: testMetrics,
  // Batch and report mode need nothing from this example; writing an empty result keeps them valid.
  batch(ctx) {
    ctx.log.info(`batch ${ctx.config.batchID}: no batch metrics in this example`);
  },
});
