import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { createClient } from "../../src/api/client.ts";
import { httpSource } from "../../src/api/http_source.ts";
import type { FetchProgress, ProgressReporter } from "../../src/api/index.ts";
import { batchData } from "../../src/runner/index.ts";
import { useApiDouble } from "../_double/hooks.ts";
import { mixedBatch, testToken } from "../_double/scenarios.ts";

const batch = mixedBatch();
const double = useApiDouble(() => ({ world: batch.world, token: testToken }));

/** Opens an HTTP source on the double and counts how often it was opened. */
function opener() {
  const opened = { count: 0 };
  const open = async () => {
    opened.count++;
    return httpSource(createClient({ apiURL: double().apiURL, token: testToken }));
  };
  return { open, opened };
}

/** A progress reporter that records what it was told. */
function recordingProgress(): ProgressReporter & { updates: FetchProgress[]; finished: number } {
  const recorder = { updates: [] as FetchProgress[], finished: 0, update: (p: FetchProgress) => void recorder.updates.push(p), finish: () => void recorder.finished++ };
  return recorder;
}

describe("batchData()", () => {
  test("batchData() sends no request until asked, then reads the batch record once", async () => {
    const { open, opened } = opener();
    const data = batchData(open, batch.ref, recordingProgress());
    assert.equal(double().log.length, 0);
    const [first, second] = [await data.batch(), await data.batch()];
    assert.equal(first, second);
    assert.equal(first.batchID, batch.ref.batchID);
    assert.deepEqual(double().log.map((r) => r.operation), ["getBatch"]);
    assert.equal(opened.count, 1);
  });

  test("batchData().jobs() yields every job unpacked by the SDK, in listing order, without image metrics", async () => {
    const { open } = opener();
    const jobs = [];
    for await (const job of batchData(open, batch.ref, recordingProgress()).jobs()) jobs.push(job);
    assert.deepEqual(jobs.map((j) => j.job.jobID), batch.batch.jobs.map((j) => j.job.jobID));
    assert.deepEqual(jobs.map((j) => [j.metrics.length, j.metricsData.length, j.events.length, j.problems.length]), [
      [9, 26, 0, 0],
      [19, 41, 0, 0],
      [3, 6, 0, 0],
      [0, 0, 0, 0],
      [0, 0, 0, 0],
    ]);
    assert.deepEqual(
      jobs[0]!.metrics.map((m) => m.name),
      ["Final Value Summary", "Convergence over time", "Max Error", "Angular Acceleration", "Object detection", "Localization error frequency", "Shared Memory Usage", "Operating mode", "Plotly example"],
    );
  });

  test("batchData().jobs() shows progress per job and clears it when the loop is left early", async () => {
    const { open } = opener();
    const progress = recordingProgress();
    for await (const job of batchData(open, batch.ref, progress).jobs()) if (job.job.jobID === batch.batch.jobs[1]!.job.jobID) break;
    assert.deepEqual(progress.updates.map((p) => [p.jobsDone, p.jobsTotal]), [[1, 5], [2, 5]]);
    assert.ok(progress.updates[1]!.bytes > progress.updates[0]!.bytes);
    assert.equal(progress.finished, 1);
  });

  test("batchData().jobMetrics() collects the jobs, with events on request", async () => {
    const { open } = opener();
    const data = batchData(open, batch.ref, recordingProgress());
    const jobs = await data.jobMetrics({ events: true });
    assert.deepEqual(jobs.map((j) => j.events.length), [0, 2, 0, 0, 0]);
    assert.deepEqual(jobs[1]!.events.map((e) => e.name), ["first event", "second event"]);
  });
});
