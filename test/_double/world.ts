/**
 * The data the API double serves — projects, batches, jobs, their metric,
 * metrics-data and log records and bodies, reports, builds, experience tags — and
 * seeded builders for it. Bodies come from real JobMetrics files (ReSim's
 * SDK output, or the project's SDK), split as the platform splits them.
 * @module
 */

import type * as Api from "../../src/api/gen/customerapi.ts";
import { JobMetrics, Metric, MetricsData, MetricStatus, MetricType, MetricsDataType, TimestampType, type Event } from "../../src/proto/index.ts";
import { equalWidthBuckets, MetricImportance, MetricsWriter, SeriesMetricsData } from "../../src/sdk/index.ts";
import type { Random } from "./random.ts";

/** A job metric: its JSON record (without `metricURL`, which the double mints) and its body. */
export interface WorldMetric {
  record: Api.JobMetric;
  body: Uint8Array;
}

/** A job's metrics data: its JSON record (without `metricsDataURL`) and its body. */
export interface WorldMetricsData {
  record: Api.JobMetricsData;
  body: Uint8Array;
}

/** The metrics a job produced, before they are attached to a job. */
export interface JobContents {
  metrics: WorldMetric[];
  metricsData: WorldMetricsData[];
  events: Api.Event[];
}

/** A job log: its JSON record (without `logOutputLocation`, which the double mints) and its body. */
export interface WorldLog {
  record: Api.JobLog;
  body: Uint8Array;
}

export interface WorldJob extends JobContents {
  job: Api.Job;
  logs: WorldLog[];
}

export interface WorldBatch {
  batch: Api.Batch;
  jobs: WorldJob[];
  metrics: Api.BatchMetric[];
}

export interface WorldProject {
  projectID: string;
  batches: WorldBatch[];
  reports: Api.Report[];
  builds: Api.Build[];
  experienceTags: Map<string, Api.ExperienceTag[]>;
}

export interface World {
  projects: WorldProject[];
}

const uuidOf = (id: { id?: { data: string } } | undefined): string => (id?.id?.data ?? "").replace(/[{}]/g, "");

const apiStatus: Record<number, Api.MetricStatus> = {
  [MetricStatus.NO_METRIC_STATUS]: "NO_STATUS_REPORTED",
  [MetricStatus.PASSED_METRIC_STATUS]: "PASSED",
  [MetricStatus.FAIL_WARN_METRIC_STATUS]: "FAIL_WARN",
  [MetricStatus.NOT_APPLICABLE_METRIC_STATUS]: "NOT_APPLICABLE",
  [MetricStatus.RAW_METRIC_STATUS]: "RAW",
  [MetricStatus.FAIL_BLOCK_METRIC_STATUS]: "FAIL_BLOCK",
};

/** The data IDs a metric's values refer to (every `…DataId` field, single or repeated). */
function referencedDataIDs(metric: Metric): string[] {
  const ids: string[] = [];
  const values = metric.metricValues?.metricValues.value as Record<string, unknown> | undefined;
  for (const [key, value] of Object.entries(values ?? {})) {
    if (!/DataIds?$/.test(key)) continue;
    for (const item of Array.isArray(value) ? value : [value]) ids.push(uuidOf(item as { id?: { data: string } }));
  }
  return ids;
}

/** The JSON record the API would list for `metric` (metadata derived as the platform presumably does). */
export function metricRecord(metric: Metric, created: string): Api.JobMetric {
  const scalar = metric.metricValues?.metricValues.case === "scalarMetricValues" ? metric.metricValues.metricValues.value : undefined;
  const record: Api.JobMetric = {
    metricID: uuidOf(metric.metricId),
    name: metric.name,
    type: metric.type === MetricType.SCALAR_METRIC_TYPE ? "SCALAR" : "COMPOSITE",
    status: apiStatus[metric.status] ?? "NO_STATUS_REPORTED",
    dataIDs: referencedDataIDs(metric),
    creationTimestamp: created,
  };
  if (scalar !== undefined) {
    record.value = scalar.value ?? null;
    record.unit = scalar.unit ?? null;
  }
  if (metric.eventMetric !== undefined) record.eventMetric = metric.eventMetric;
  return record;
}

/** The JSON record the API would list for `data`. */
export function metricsDataRecord(data: MetricsData, created: string): Api.JobMetricsData {
  const external = data.dataType === MetricsDataType.EXTERNAL_FILE_DATA_TYPE;
  const record: Api.JobMetricsData = {
    dataID: uuidOf(data.metricsDataId),
    name: data.name,
    metricsDataType: external ? "EXTERNAL_FILE" : "STANDARD",
    creationTimestamp: created,
  };
  if (external && data.data.case === "externalFile") record.filename = data.data.value.path;
  return record;
}

function eventRecord(event: Event, created: string): Api.Event {
  const seconds = Number(event.timestamp?.seconds ?? 0n) + (event.timestamp?.nanos ?? 0) / 1e9;
  return {
    eventID: uuidOf(event.eventId),
    name: event.name,
    description: event.description,
    creationTimestamp: created,
    timestampType: event.timestampType === TimestampType.RELATIVE_TIMESTAMP ? "RELATIVE" : "ABSOLUTE",
    timestamp: new Date(seconds * 1000).toISOString(),
    tags: [...event.tags],
    status: apiStatus[event.status] ?? "NO_STATUS_REPORTED",
    metricsIDs: event.metrics.map(uuidOf),
  };
}

/** A few bytes that are no protobuf, served for EXTERNAL_FILE data (a GIF header). */
const externalFileBytes = new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x01, 0x00, 0x01, 0x00, 0x80, 0x00]);

/**
 * Splits a JobMetrics file (as a test-mode run writes it) into the single
 * Metric and MetricsData bodies and JSON records the API serves per job.
 */
export function contentsFromJobMetrics(bytes: Uint8Array, created = "2025-01-01T00:00:00Z"): JobContents {
  const jobMetrics = JobMetrics.decode(bytes);
  return {
    metrics: (jobMetrics.jobLevelMetrics?.metrics ?? []).map((metric) => ({ record: metricRecord(metric, created), body: Metric.encode(metric) })),
    metricsData: jobMetrics.metricsData.map((data) => ({
      record: metricsDataRecord(data, created),
      body: data.dataType === MetricsDataType.EXTERNAL_FILE_DATA_TYPE ? externalFileBytes : MetricsData.encode(data),
    })),
    events: jobMetrics.events.map((event) => eventRecord(event, created)),
  };
}

/**
 * A job with `histograms` histogram metrics, each over its own value and
 * status series of `points` points (so 2 × `histograms` metrics data),
 * written by the project's SDK.
 */
export function syntheticContents(random: Random, histograms: number, points = 50, created = "2025-01-01T00:00:00Z"): JobContents {
  const writer = new MetricsWriter({ idGenerator: () => random.uuid() });
  const { PASSED_METRIC_STATUS: passed } = MetricStatus;
  for (let i = 0; i < histograms; i++) {
    const values = SeriesMetricsData.from(`speed ${i}`, Float64Array.from({ length: points }, () => random.next() * 30), { unit: "m/s" });
    const statuses = SeriesMetricsData.from(`speed ${i} statuses`, new Int32Array(points).fill(passed), { type: "status" });
    writer
      .addHistogramMetric(`speed histogram ${i}`)
      .withStatus(passed)
      .withImportance(MetricImportance.MEDIUM_IMPORTANCE)
      .withValuesData(values)
      .withStatusesData(statuses)
      .withBuckets(equalWidthBuckets(0, 30, 3))
      .withXAxisName("speed");
  }
  return contentsFromJobMetrics(writer.write().bytes, created);
}

/** A log of a job named `fileName` holding `text`, with a seeded ID. */
export function jobLog(random: Random, fileName: string, text: string, logType: Api.LogType = "EMISSIONS_LOG"): WorldLog {
  const body = new TextEncoder().encode(text);
  return {
    record: { logID: random.uuid(), fileName, fileSize: body.length, logType, executionStep: "EXPERIENCE", filePath: "", creationTimestamp: "2025-01-01T00:00:00Z" },
    body,
  };
}

/** An empty project with a seeded ID. */
export function newProject(random: Random): WorldProject {
  return { projectID: random.uuid(), batches: [], reports: [], builds: [], experienceTags: new Map() };
}

/** A build of `project` created at `created`. */
export function addBuild(project: WorldProject, random: Random, created: string): Api.Build {
  const build: Api.Build = {
    buildID: random.uuid(),
    projectID: project.projectID,
    branchID: random.uuid(),
    systemID: random.uuid(),
    associatedAccount: "ci",
    name: "build",
    description: "seeded build",
    version: "1.0.0",
    imageUri: "registry.example/build:1",
    buildSpecification: "",
    creationTimestamp: created,
    updateTimestamp: created,
    updateUserID: "user",
    userID: "user",
    orgID: "org",
  };
  project.builds.push(build);
  return build;
}

/** What {@link addBatch} may set; the rest is seeded. */
export type BatchInit = Partial<Api.Batch>;

/** A batch of `project` holding one job per entry of `jobs` (contents plus job-record overrides). */
export function addBatch(
  project: WorldProject,
  random: Random,
  init: BatchInit,
  jobs: readonly (JobContents & { job?: Partial<Api.Job>; logs?: WorldLog[] })[],
): WorldBatch {
  const batchID = init.batchID ?? random.uuid();
  const buildID = init.buildID ?? random.uuid();
  const created = init.creationTimestamp ?? "2025-01-01T00:00:00Z";
  const batch: Api.Batch = {
    associatedAccount: "ci",
    batchID,
    projectID: project.projectID,
    buildID,
    creationTimestamp: created,
    status: "SUCCEEDED",
    batchMetricsStatus: "PASSED",
    jobsMetricsStatus: "PASSED",
    totalJobs: jobs.length,
    ...init,
  };
  const worldBatch: WorldBatch = {
    batch,
    metrics: [],
    jobs: jobs.map(({ job, metrics, metricsData, events, logs = [] }) => {
      const jobID = job?.jobID ?? random.uuid();
      const ids = { jobID, batchID };
      return {
        job: {
          jobID,
          batchID,
          projectID: project.projectID,
          buildID,
          experienceID: random.uuid(),
          experienceName: `experience ${jobID.slice(0, 8)}`,
          conflatedStatus: "PASSED",
          jobStatus: "SUCCEEDED",
          creationTimestamp: created,
          ...job,
        },
        metrics: metrics.map((m) => ({ record: { ...m.record, ...ids }, body: m.body })),
        metricsData: metricsData.map((d) => ({ record: { ...d.record, jobID }, body: d.body })),
        events,
        logs: logs.map((l) => ({ record: { ...l.record, jobID }, body: l.body })),
      };
    }),
  };
  project.batches.push(worldBatch);
  return worldBatch;
}
