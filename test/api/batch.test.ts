import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { createClient } from "../../src/api/client.ts";
import { ApiError } from "../../src/api/error.ts";
import { fetchBatchJobs, streamBatchJobs, type FetchProgress } from "../../src/api/batch.ts";
import { unpackJob } from "../../src/api/unpacked_job.ts";
import { httpSource } from "../../src/api/http_source.ts";
import { UnusableResponseError } from "../../src/api/unusable_response_error.ts";
import { JobMetrics, MetricType, MetricsDataType, TimestampType } from "../../src/proto/index.ts";
import type { ApiDouble, ApiDoubleOptions } from "../_double/server.ts";
import { useApiDouble, withApiDouble } from "../_double/hooks.ts";
import { mixedBatch, syntheticBatch, testToken } from "../_double/scenarios.ts";
import { readFixture } from "../_shared.ts";

const scenario = mixedBatch();
const double = useApiDouble(() => ({ world: scenario.world, token: testToken }));

const instant = { now: () => 0, sleep: async () => {} };
const sourceFor = (d: ApiDouble, concurrency = 8) => httpSource(createClient({ apiURL: d.apiURL, token: testToken, clock: instant, concurrency, timeout: 2000 }));

/** Resolves once `done()` holds; fails with `explain()` after 10 s. */
async function until(done: () => boolean, explain: () => string): Promise<void> {
  for (const started = performance.now(); !done(); await new Promise((resolve) => setTimeout(resolve, 10))) {
    if (performance.now() - started > 10_000) assert.fail(explain());
  }
}

const withDouble = <T>(options: Partial<ApiDoubleOptions>, run: (d: ApiDouble) => Promise<T>): Promise<T> =>
  withApiDouble({ world: scenario.world, token: testToken, ...options }, run);

/** What upstream's skipping rules keep of a JobMetrics fixture: names of metrics and data, in order. */
function upstreamKeeps(fixture: string): { metrics: string[]; metricsData: string[] } {
  const jobMetrics = JobMetrics.decode(readFixture(fixture));
  const image = new Set<number>([MetricType.IMAGE_METRIC_TYPE, MetricType.IMAGE_LIST_METRIC_TYPE]);
  return {
    metrics: (jobMetrics.jobLevelMetrics?.metrics ?? []).filter((m) => !image.has(m.type)).map((m) => m.name),
    metricsData: jobMetrics.metricsData.filter((d) => d.dataType !== MetricsDataType.EXTERNAL_FILE_DATA_TYPE).map((d) => d.name),
  };
}

const names = (job: { metrics: { name: string }[]; metricsData: { name: string }[] }) => ({
  metrics: job.metrics.map((m) => m.name),
  metricsData: job.metricsData.map((d) => d.name),
});


describe("streamBatchJobs()", () => {
  test("streamBatchJobs() yields every job in listing order with upstream's skipping rules applied", async () => {
    const jobs = await fetchBatchJobs(sourceFor(double()), scenario.ref);
    assert.deepEqual(jobs.map((j) => j.job.jobID), scenario.batch.jobs.map((j) => j.job.jobID));
    assert.deepEqual(names(jobs[0]!), upstreamKeeps("hello_world.binproto"));
    assert.deepEqual(names(jobs[1]!), upstreamKeeps("upstream_all_types.binproto"));
    assert.deepEqual(names(jobs[2]!), {
      metrics: ["speed histogram 0", "speed histogram 1", "speed histogram 2"],
      metricsData: ["speed 0", "speed 0 statuses", "speed 1", "speed 1 statuses", "speed 2", "speed 2 statuses"],
    });
    assert.deepEqual(jobs.slice(3).map((j) => [j.job.conflatedStatus, j.metrics.length, j.metricsData.length, j.events.length]), [["ERROR", 0, 0, 0], ["CANCELLED", 0, 0, 0]]);
    const externalDownloads = double().log.filter((r) => r.origin === "blob" && r.path.includes("/metricsData/") && r.status !== 200);
    assert.deepEqual(externalDownloads, []);
    // Image metrics are downloaded (the API's type cannot tell them apart) and then dropped.
    assert.equal(double().log.filter((r) => r.origin === "blob" && r.path.includes("/metrics/")).length, 10 + 21 + 3);
  });

  test("streamBatchJobs() reads each job's events on request, without references to dropped metrics", async () => {
    const jobs = await fetchBatchJobs(sourceFor(double()), scenario.ref, { events: true });
    const expected = JobMetrics.decode(readFixture("upstream_all_types.binproto")).events;
    const events = jobs[1]!.events;
    assert.deepEqual(events.map((e) => [e.name, e.timestampType, e.tags]), expected.map((e) => [e.name, e.timestampType, e.tags]));
    assert.deepEqual(events.map((e) => e.timestamp), expected.map((e) => e.timestamp));
    const kept = new Set(jobs[1]!.metrics.map((m) => m.metricId?.id?.data));
    assert.ok(events.every((e) => e.metrics.every((m) => kept.has(m.id?.data))));
    assert.ok(events.every((e) => e.timestampType !== TimestampType.NO_TYPE));
    assert.deepEqual(jobs[0]!.events, []);
  });

  test("streamBatchJobs() gives the same result from answers with nulls, unknown fields and unknown enums", async () => {
    const canonical = await fetchBatchJobs(sourceFor(double()), scenario.ref);
    const tolerant = await withDouble({ tolerance: { nulls: true, unknownFields: true, unknownEnums: true } }, (d) => fetchBatchJobs(sourceFor(d), scenario.ref));
    assert.deepEqual(tolerant.map(names), canonical.map(names));
  });

  test("streamBatchJobs() lists jobs and data of more than one page", async () => {
    const manyJobs = syntheticBatch(101, 1);
    await withDouble({ world: manyJobs.world }, async (d) => {
      assert.equal((await fetchBatchJobs(sourceFor(d, 16), manyJobs.ref)).length, 101);
      assert.equal(d.log.filter((r) => r.operation === "listJobs").length, 2);
    });
    const manyData = syntheticBatch(1, 51);
    await withDouble({ world: manyData.world }, async (d) => {
      const [job] = await fetchBatchJobs(sourceFor(d, 16), manyData.ref);
      assert.deepEqual([job!.metrics.length, job!.metricsData.length], [51, 102]);
      assert.equal(d.log.filter((r) => r.operation === "listMetricsDataForJob").length, 2);
    });
  });

  test("streamBatchJobs() works ahead by at most `lookahead` jobs while the consumer is busy", async () => {
    const big = syntheticBatch(40);
    await withDouble({ world: big.world }, async (d) => {
      const jobs = streamBatchJobs(sourceFor(d), big.ref, { lookahead: 3 });
      await jobs.next();
      await new Promise((resolve) => setTimeout(resolve, 100));
      const started = new Set(d.log.filter((r) => r.operation === "listMetricsForJob").map((r) => r.path));
      assert.ok(started.size <= 4, `${started.size} jobs started`);
      await jobs.return();
      const settled = d.log.length;
      await new Promise((resolve) => setTimeout(resolve, 50));
      assert.equal(d.log.length, settled, "no request after the consumer stopped");
    });
  });

  test("streamBatchJobs() keeps fetching later jobs while the first one's request waits out a backoff, and still yields in order", async () => {
    const big = syntheticBatch(40, 1);
    await withDouble({ world: big.world }, async (d) => {
      const clean = await fetchBatchJobs(sourceFor(d, 4), big.ref);
      d.log.length = 0;
      const firstJob = big.batch.jobs[0]!.job.jobID!;
      d.addFault({ origin: "blob", path: new RegExp(`^/${firstJob}/metrics/0$`), times: 1, fault: { kind: "status", status: 503 } });
      let endBackoff!: () => void;
      const backoff = new Promise<void>((resolve) => (endBackoff = resolve));
      const waiting = { now: () => 0, sleep: () => backoff };
      const source = httpSource(createClient({ apiURL: d.apiURL, token: testToken, clock: waiting, concurrency: 4, timeout: 2000 }));
      const jobs = streamBatchJobs(source, big.ref);
      const first = jobs.next();
      // Every other job's three bodies arrive while the first job's metric is in backoff.
      const downloaded = () => d.log.filter((r) => r.origin === "blob" && r.status === 200).length;
      await until(() => downloaded() === 40 * 3 - 1, () => `${downloaded()} of ${40 * 3 - 1} bodies downloaded during the backoff`);
      endBackoff();
      const fetched = [(await first).value!];
      for await (const job of jobs) fetched.push(job);
      assert.deepEqual(fetched, clean);
    });
  });

  test("streamBatchJobs() starts no job while those fetched ahead hold lookaheadBytes of bodies, 16 before any size is known", async () => {
    const big = syntheticBatch(80);
    await withDouble({ world: big.world }, async (d) => {
      const started = () => new Set(d.log.filter((r) => r.operation === "listMetricsForJob").map((r) => r.path)).size;
      const unbounded = streamBatchJobs(sourceFor(d), big.ref);
      await unbounded.next();
      await until(() => started() === 80, () => `${started()} jobs started without a byte bound`);
      await unbounded.return();
      d.log.length = 0;
      const jobs = streamBatchJobs(sourceFor(d), big.ref, { lookaheadBytes: 1 });
      await jobs.next();
      await until(() => started() >= 16, () => `${started()} jobs started`);
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.equal(started(), 16);
      await jobs.return();
    });
  });

  test("streamBatchJobs() reports progress after each job", async () => {
    const updates: FetchProgress[] = [];
    await fetchBatchJobs(sourceFor(double()), scenario.ref, { onProgress: (p) => updates.push(p) });
    assert.deepEqual(updates.map((u) => [u.jobsDone, u.jobsTotal]), [[1, 5], [2, 5], [3, 5], [4, 5], [5, 5]]);
    assert.ok(updates[0]!.bytes > 40_000 && updates.every((u, i) => i === 0 || u.bytes >= updates[i - 1]!.bytes));
  });

  test("streamBatchJobs() yields nothing for a batch without jobs", async () => {
    const empty = syntheticBatch(0);
    assert.deepEqual(await withDouble({ world: empty.world }, (d) => fetchBatchJobs(sourceFor(d), empty.ref)), []);
  });
});

describe("streamBatchJobs() failures", () => {
  test("an expired download link is renewed by listing the job again, once", async () => {
    double().addFault({ origin: "blob", path: /\/metrics\/3$/, times: 1, fault: { kind: "expire-url" } });
    const jobs = await fetchBatchJobs(sourceFor(double()), scenario.ref);
    assert.equal(jobs[0]!.metrics.length, 9);
    const firstJob = scenario.batch.jobs[0]!.job.jobID!;
    assert.equal(double().log.filter((r) => r.operation === "listMetricsForJob" && r.path.includes(firstJob)).length, 2);
  });

  test("a link that stays expired after renewal fails the run", async () => {
    double().addFault({ origin: "blob", path: /\/metrics\/3$/, fault: { kind: "expire-url" } });
    await assert.rejects(fetchBatchJobs(sourceFor(double()), scenario.ref), (error: unknown) => {
      assert.ok(error instanceof ApiError);
      assert.equal(error.reason, "expired-url");
      assert.match(error.message, /^Cannot download metric "Angular Acceleration" of job "[^"]+": 403 Forbidden: the download link expired or its signature is invalid \(GET http:\/\/127\.0\.0\.1:\d+\/[^?]+\/metrics\/3\)$/);
      return true;
    });
  });

  test("a body that does not decode is read again, then fails naming the job and the metric", async () => {
    double().addFault({ origin: "blob", path: /\/metrics\/0$/, times: 1, fault: { kind: "garbage" } });
    assert.equal((await fetchBatchJobs(sourceFor(double()), scenario.ref)).length, 5);
    double().addFault({ origin: "blob", path: /\/metricsData\/1$/, fault: { kind: "garbage" } });
    const jobID = scenario.batch.jobs[0]!.job.jobID;
    await assert.rejects(fetchBatchJobs(sourceFor(double()), scenario.ref), {
      name: "UnusableResponseError",
      message: `Cannot use metrics data "final_value_statuses" of job "${jobID}": the body does not decode as a MetricsData (read twice): invalid wire type 7 for field 536870911 at byte 0`,
    });
  });

  test("a download that keeps failing fails the run: nothing is dropped", async () => {
    double().addFault({ origin: "blob", path: /\/metricsData\/5$/, fault: { kind: "status", status: 503 } });
    const error = await fetchBatchJobs(sourceFor(double()), scenario.ref).catch((e: unknown) => e);
    assert.ok(error instanceof ApiError);
    assert.equal(error.reason, "server-error");
    assert.match(error.message, /^Cannot download metrics data "dot_data_2\.0" of job "[^"]+": 503 Service Unavailable after 8 attempts: the server is failing; retry later \(GET http:\/\/127\.0\.0\.1:\d+\/[^?]+\/metricsData\/5\)$/);
  });

  test("a job listed without an ID fails the run", async () => {
    const broken = syntheticBatch(2);
    delete broken.batch.jobs[1]!.job.jobID;
    await withDouble({ world: broken.world }, async (d) => {
      await assert.rejects(fetchBatchJobs(sourceFor(d), broken.ref), new UnusableResponseError(`a job of batch "${broken.ref.batchID}"`, "the API listed it without a jobID"));
    });
  });
});

describe("unpackJob()", () => {
  test("unpackJob() turns every fetched job, events included, into SDK objects without problems", async () => {
    const jobs = (await fetchBatchJobs(sourceFor(double()), scenario.ref, { events: true })).map(unpackJob);
    assert.deepEqual(jobs.map((j) => j.problems), [[], [], [], [], []]);
    assert.deepEqual(jobs.map((j) => [j.metrics.length, j.metricsData.length, j.events.length]), [[9, 26, 0], [19, 41, 2], [3, 6, 0], [0, 0, 0], [0, 0, 0]]);
    assert.equal(jobs[0]!.job.jobID, scenario.batch.jobs[0]!.job.jobID);
    assert.ok(jobs[0]!.names.has("Max Error"));
  });
});
