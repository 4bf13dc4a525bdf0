/**
 * Worlds the tests share: a batch mixing real SDK output, synthetic jobs and
 * jobs without metrics; a batch of Metrics 2.0 emissions logs; a report
 * with batches around its time window.
 * @module
 */

import { readFixture } from "../_shared.ts";
import { seededRandom } from "./random.ts";
import { addBatch, addBuild, contentsFromJobMetrics, jobLog, newProject, syntheticContents, type JobContents, type World, type WorldBatch, type WorldProject } from "./world.ts";
import { emission, lines } from "../evaluation/_plans.ts";
import type * as Api from "../../src/api/gen/customerapi.ts";

/** The token the doubles accept; distinctive, so tests can scan every output for it. */
export const testToken = "tok_9f3c1d7e-never-print-me";

const none: JobContents = { metrics: [], metricsData: [], events: [] };

/** A world with one project and one batch; `jobs` lists each job's contents. */
export interface BatchScenario {
  world: World;
  project: WorldProject;
  batch: WorldBatch;
  ref: { projectID: string; batchID: string };
}

/**
 * A batch of five jobs: hello_world (10 metrics, one an image; 27 data, one
 * an external file), upstream's all-types job (21 metrics, 2 image kinds, 2
 * events), a synthetic job, and an errored and a cancelled job with nothing.
 */
export function mixedBatch(seed = 7): BatchScenario {
  const random = seededRandom(seed);
  const project = newProject(random);
  const batch = addBatch(project, random, {}, [
    contentsFromJobMetrics(readFixture("hello_world.binproto")),
    contentsFromJobMetrics(readFixture("upstream_all_types.binproto")),
    syntheticContents(random, 3),
    { ...none, job: { conflatedStatus: "ERROR", jobStatus: "ERROR" } },
    { ...none, job: { conflatedStatus: "CANCELLED", jobStatus: "CANCELLED" } },
  ]);
  return { world: { projects: [project] }, project, batch, ref: { projectID: project.projectID, batchID: batch.batch.batchID! } };
}

/** Speeds emitted on topic `speed` (`v: float`), one line per value, 0.1 s apart. */
const speedLines = (...speeds: number[]): string => lines(...speeds.map((v, i) => emission("speed", { v }, i * 100_000_000)));

/**
 * A batch of four jobs with Metrics 2.0 emissions on topic `speed`: one
 * with two emissions logs (top speed 12) and a container log, one with one
 * emissions log (top speed 5), an errored job with no logs, and one with a
 * container log only.
 */
export function emissionsBatch(seed = 31): BatchScenario {
  const random = seededRandom(seed);
  const project = newProject(random);
  const batch = addBatch(project, random, {}, [
    {
      ...none,
      logs: [
        jobLog(random, "emissions.resim.jsonl", speedLines(3, 9)),
        jobLog(random, "container.log", "starting\n", "CONTAINER_LOG"),
        jobLog(random, "extra.resim.jsonl", speedLines(12, 4)),
      ],
    },
    { ...none, logs: [jobLog(random, "emissions.resim.jsonl", speedLines(2, 5))] },
    { ...none, job: { conflatedStatus: "ERROR", jobStatus: "ERROR" } },
    { ...none, logs: [jobLog(random, "container.log", "starting\n", "CONTAINER_LOG")] },
  ]);
  return { world: { projects: [project] }, project, batch, ref: { projectID: project.projectID, batchID: batch.batch.batchID! } };
}

/** A batch of `jobs` synthetic jobs sharing one set of contents (`histograms` metrics, twice as many data). */
export function syntheticBatch(jobs: number, histograms = 2, seed = 11): BatchScenario {
  const random = seededRandom(seed);
  const project = newProject(random);
  const contents = syntheticContents(random, histograms, 20);
  const batch = addBatch(project, random, {}, Array.from({ length: jobs }, () => contents));
  return { world: { projects: [project] }, project, batch, ref: { projectID: project.projectID, batchID: batch.batch.batchID! } };
}

/** A report world: which batches the report must select, and which it must not. */
export interface ReportScenario {
  world: World;
  project: WorldProject;
  report: Api.Report;
  ref: { projectID: string; reportID: string };
  /** Batch IDs the report covers, oldest first. */
  expected: string[];
}

/**
 * A report on one suite and branch over January 2025, with batches inside
 * the window (listed out of time order, two on one build), exactly on both
 * bounds, on another branch, suite or revision, and `extraInside` more inside.
 */
export function reportWorld(respectRevisionBoundary: boolean, extraInside = 0, seed = 21): ReportScenario {
  const random = seededRandom(seed);
  const project = newProject(random);
  const testSuiteID = random.uuid();
  const branchID = random.uuid();
  const start = "2025-01-01T00:00:00Z";
  const end = "2025-02-01T00:00:00Z";
  const buildA = addBuild(project, random, "2024-12-30T10:00:00Z");
  const buildB = addBuild(project, random, "2025-01-10T10:00:00Z");
  const suite = { testSuiteID, branchID, testSuiteRevision: 3 };
  const job = (value: number): JobContents => ({ ...none, metrics: [{ record: { name: "speed", type: "SCALAR", value, unit: "m/s", status: "PASSED" }, body: new Uint8Array() }] });
  const add = (init: Partial<Api.Batch>, jobs: JobContents[] = [job(1)]) => addBatch(project, random, { ...suite, ...init }, jobs).batch.batchID!;
  const late = add({ creationTimestamp: "2025-01-20T08:00:00Z", buildID: buildB.buildID }, [job(3), job(4)]);
  const early = add({ creationTimestamp: "2025-01-05T08:00:00.5Z", buildID: buildA.buildID });
  const middle = add({ creationTimestamp: "2025-01-12T08:00:00+02:00", buildID: buildB.buildID, status: "ERROR" });
  const oldRevision = add({ creationTimestamp: "2025-01-15T08:00:00Z", buildID: buildA.buildID, testSuiteRevision: 2 });
  add({ creationTimestamp: start, buildID: buildA.buildID });
  add({ creationTimestamp: end, buildID: buildA.buildID });
  add({ creationTimestamp: "2025-01-16T08:00:00Z", branchID: random.uuid() });
  add({ creationTimestamp: "2025-01-17T08:00:00Z", testSuiteID: random.uuid() });
  const extra = Array.from({ length: extraInside }, (_, i) => add({ creationTimestamp: new Date(Date.parse("2025-01-25T00:00:00Z") + i * 1500).toISOString(), buildID: buildB.buildID }));
  for (const batch of project.batches) batch.metrics.push({ batchID: batch.batch.batchID!, name: "mean speed", type: "SCALAR", value: 2, unit: "m/s", status: "PASSED" });
  const report: Api.Report = {
    reportID: random.uuid(),
    projectID: project.projectID,
    testSuiteID,
    testSuiteRevision: 3,
    respectRevisionBoundary,
    branchID,
    startTimestamp: start,
    endTimestamp: end,
    name: "nightly",
    status: "RUNNING",
    statusHistory: [],
    lastUpdatedTimestamp: end,
    creationTimestamp: end,
    metricsBuildID: random.uuid(),
    metricsSetName: null,
    userID: "user",
    orgID: "org",
    associatedAccount: "ci",
    outputLocation: "",
    metricsStatus: "NOT_APPLICABLE",
  };
  project.reports.push(report);
  const inside = respectRevisionBoundary ? [early, middle, late] : [early, middle, oldRevision, late];
  return { world: { projects: [project] }, project, report, ref: { projectID: project.projectID, reportID: report.reportID }, expected: [...inside, ...extra] };
}
