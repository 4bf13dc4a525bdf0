/**
 * Job-level rules: the two job statuses (ENUM-05, ENUM-06, P6–P7), every
 * metric's parent job id and non-event metric names (JOB-03, JOB-04, P8),
 * and warnings about statuses and names upstream lets through.
 * @module
 */

import { MetricStatus, MetricStatusNames } from "../../proto/index.ts";
import { at, earlierDuplicates, quote, type Checker, type Place } from "./checker.ts";
import { checkEnumSet } from "./enums.ts";
import { describeIdDifference, idMessagesEqual } from "./ids.ts";

/** P6 and P7: the collection status and the job status are set. */
export function checkJobStatuses(c: Checker): void {
  const collectionStatus = c.job.jobLevelMetrics?.metricsStatus ?? 0;
  const jobStatus = c.job.metricsStatus;
  const collectionPlace = { path: ["job_level_metrics", "metrics_status"], subject: c.jobPlace.subject };
  const jobPlace = { path: ["metrics_status"], subject: c.jobPlace.subject };
  checkEnumSet(c, "ENUM-05", collectionPlace, collectionStatus, MetricStatusNames, "set the status of job_level_metrics (required even with no metrics)");
  checkEnumSet(c, "ENUM-06", jobPlace, jobStatus, MetricStatusNames, "set the job's status");
  if (jobStatus === 0 || collectionStatus === 0) return;
  if (jobStatus !== collectionStatus) {
    c.warn("ENUM-06", jobPlace, `is ${statusName(jobStatus)}, but job_level_metrics.metrics_status is ${statusName(collectionStatus)}`, "N-15");
  }
  const worst = worstStatus(c);
  if (worst !== undefined && jobStatus !== MetricStatus.FAIL_BLOCK_METRIC_STATUS && jobStatus !== worst.status) {
    c.warn("ENUM-06", jobPlace, `is ${statusName(jobStatus)}, but ${c.metricLabel(worst.index)} is ${statusName(worst.status)}`, "N-15");
  }
}

/** The first metric with the most severe failing status (FAIL_BLOCK over FAIL_WARN), as ReSim's SDK rolls statuses up. */
function worstStatus(c: Checker): { index: number; status: number } | undefined {
  const block = c.metrics.findIndex((m) => m.status === MetricStatus.FAIL_BLOCK_METRIC_STATUS);
  if (block >= 0) return { index: block, status: MetricStatus.FAIL_BLOCK_METRIC_STATUS };
  const warn = c.metrics.findIndex((m) => m.status === MetricStatus.FAIL_WARN_METRIC_STATUS);
  return warn >= 0 ? { index: warn, status: MetricStatus.FAIL_WARN_METRIC_STATUS } : undefined;
}

function statusName(status: number): string {
  return MetricStatusNames[status] ?? String(status);
}

/** P8: names of non-event metrics are unique (JOB-04) and every metric's job id equals the job's (JOB-03). */
export function checkMetricIdentity(c: Checker): void {
  // Event metrics are neither checked nor recorded.
  const sameName = earlierDuplicates(c.metrics.map((m) => (m.eventMetric === true ? undefined : m.name)));
  c.metrics.forEach((metric, index) => {
    const place = c.metricPlace(index);
    const first = sameName[index];
    if (first !== undefined) {
      c.error("JOB-04", at(place, "name"), `${quote(metric.name)} is also the name of metrics[${first}]: names of metrics that are not event metrics must be unique`);
    }
    const parent = metric.parentId.case === "jobId" ? metric.parentId.value : undefined;
    // A missing parent is ID-05's finding; comparing it again would only repeat it.
    if (parent !== undefined && !idMessagesEqual(parent, c.job.jobId)) {
      c.error("JOB-03", at(place, "job_id"), describeIdDifference(parent, c.job.jobId, "the job's job_id"));
    }
  });
}

/**
 * Warns about names shared across metrics, metrics data and events that the
 * rules allow (event metrics are exempt from JOB-04, N-03; a metric and a
 * data entry may share a name) but that ReSim's `unpack_metrics`, which batch
 * metrics use to read stored metrics back, rejects.
 */
export function warnSharedNames(c: Checker): void {
  interface Owner {
    readonly kind: "metric" | "data" | "event";
    readonly label: string;
    readonly eventMetric: boolean;
  }
  const owners = new Map<string, Owner>();
  const claim = (name: string, owner: Owner, place: Place) => {
    if (name === "") return;
    const first = owners.get(name);
    if (first === undefined) {
      owners.set(name, owner);
      return;
    }
    // Same-kind duplicates are errors already (JOB-04, JOB-05, JOB-06), except among event metrics.
    const exempt = owner.kind === "metric" && first.kind === "metric" && (owner.eventMetric || first.eventMetric);
    if (first.kind === owner.kind && !exempt) return;
    const rule = owner.kind === "metric" ? "JOB-04" : owner.kind === "data" ? "JOB-05" : "JOB-06";
    const message = `${quote(name)} is also the name of ${first.label}: ReSim's unpack_metrics (used by batch metrics) needs names unique across metrics, data and events`;
    if (exempt) c.warn(rule, at(place, "name"), message, "N-03");
    else c.warn(rule, at(place, "name"), message);
  };
  c.metrics.forEach((m, i) => claim(m.name, { kind: "metric", label: `metrics[${i}]`, eventMetric: m.eventMetric === true }, c.metricPlace(i)));
  c.data.forEach((d, i) => claim(d.name, { kind: "data", label: `metrics_data[${i}]`, eventMetric: false }, c.dataPlace(i)));
  c.events.forEach((e, i) => claim(e.name, { kind: "event", label: `events[${i}]`, eventMetric: false }, c.eventPlace(i)));
}
