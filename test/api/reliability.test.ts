import { test } from "node:test";
import assert from "node:assert/strict";
import { inspect } from "node:util";
import { createClient } from "../../src/api/client.ts";
import { ApiError } from "../../src/api/error.ts";
import { fetchBatchJobs } from "../../src/api/batch.ts";
import { httpSource } from "../../src/api/http_source.ts";
import { useApiDouble } from "../_double/hooks.ts";
import { transientFaults } from "../_double/faults.ts";
import { mixedBatch, syntheticBatch, testToken } from "../_double/scenarios.ts";

const mixed = mixedBatch();
const synthetic = syntheticBatch(60, 2);
const world = { projects: [mixed.project, synthetic.project] };
const double = useApiDouble(() => ({ world, token: testToken, seed: 5 }));

const noWait = { now: () => 0, sleep: async () => {} };
const source = () => httpSource(createClient({ apiURL: double().apiURL, token: testToken, clock: noWait, timeout: 2000 }));

async function fetchBoth() {
  return [await fetchBatchJobs(source(), mixed.ref, { events: true }), await fetchBatchJobs(source(), synthetic.ref)];
}

test("with 20% of requests failing transiently, the batch fetch equals the fault-free one", async () => {
  const clean = await fetchBoth();
  const cleanRequests = double().log.length;
  double().log.length = 0;
  for (const fault of transientFaults) double().addFault({ probability: 0.06, fault });
  const faulty = await fetchBoth();
  double().clearFaults();
  const failed = double().log.filter((r) => r.status !== 200).length;
  const byStatus = Object.entries(Object.groupBy(double().log, (r) => String(r.status))).map(([status, records]) => `${status}: ${records!.length}`);
  console.log(`fault-free run: ${cleanRequests} requests; faulty run: ${double().log.length} requests, ${failed} failed (${((100 * failed) / double().log.length).toFixed(1)}%; ${byStatus.join(", ")})`);
  assert.ok(failed / double().log.length >= 0.18, "the faulty run saw about 20% failures");
  assert.deepEqual(faulty, clean);
});

test("a permanent 401 fails at the first request, with no retry and a clear message", async () => {
  const client = createClient({ apiURL: double().apiURL, token: "expired-token" });
  const error = await fetchBatchJobs(httpSource(client), mixed.ref).catch((e: unknown) => e);
  assert.ok(error instanceof ApiError);
  assert.equal(
    error.message,
    `Cannot list jobs of batch "${mixed.ref.batchID}": 401 Unauthorized: the API token is expired or invalid; get a new one (GET ${double().apiURL}/projects/${mixed.ref.projectID}/batches/${mixed.ref.batchID}/jobs?pageSize=100)`,
  );
  assert.equal(double().log.length, 1);
});

test("a token revoked mid-run fails the run with the same message, and the token never reaches the download origin", async () => {
  double().addFault({ origin: "api", after: 20, fault: { kind: "status", status: 401 } });
  const error = await fetchBatchJobs(source(), synthetic.ref).catch((e: unknown) => e);
  assert.ok(error instanceof ApiError && error.reason === "unauthenticated");
  assert.ok(!inspect(error, { depth: Infinity, showHidden: true }).includes(testToken));
  const downloads = double().log.filter((r) => r.origin === "blob");
  const withToken = downloads.filter((r) => r.authorization).length;
  console.log(`request log: ${double().log.length - downloads.length} API requests, ${downloads.length} downloads, ${withToken} downloads with an Authorization header`);
  assert.ok(downloads.length > 0);
  assert.equal(withToken, 0);
});
