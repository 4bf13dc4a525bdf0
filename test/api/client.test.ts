import { beforeEach, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inspect } from "node:util";
import { createClient, type ApiClient, type ClientOptions } from "../../src/api/client.ts";
import { ApiError } from "../../src/api/error.ts";
import type { Clock } from "../../src/api/retry.ts";
import { useApiDouble, withApiDouble } from "../_double/hooks.ts";
import { mixedBatch, syntheticBatch, testToken } from "../_double/scenarios.ts";

/** A clock whose sleeps return at once and are recorded. */
function fakeClock(now = Date.parse("2025-06-01T12:00:00Z")): Clock & { sleeps: number[] } {
  const sleeps: number[] = [];
  return { sleeps, now: () => now, sleep: async (ms) => void sleeps.push(ms) };
}

/** Every text a failure exposes: message, stack, inspection (causes included) and JSON. */
function errorTexts(error: unknown): string {
  return [String(error), (error as Error).stack ?? "", inspect(error, { depth: Infinity, showHidden: true }), JSON.stringify(error)].join("\n");
}

async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof ApiError, `expected an ApiError, got ${String(error)}`);
    assert.ok(!errorTexts(error).includes(testToken), "the token leaked into an error");
    return error;
  }
  assert.fail("expected a rejection");
}

const scenario = mixedBatch();
const { projectID, batchID } = scenario.ref;
const jobID = scenario.batch.jobs[0]!.job.jobID!;
const double = useApiDouble(() => ({ world: scenario.world, token: testToken }));
let clock: ReturnType<typeof fakeClock>;

function client(options: Partial<ClientOptions> = {}): ApiClient {
  return createClient({ apiURL: double().apiURL, token: testToken, clock, random: () => 0.5, ...options });
}

beforeEach(() => {
  clock = fakeClock();
});

describe("createClient()", () => {
  for (const suffix of ["", "/", "///"]) {
    test(`createClient() joins paths to an apiURL ending in "${suffix}"`, async () => {
      const batch = await client({ apiURL: double().apiURL + suffix }).get("getBatch", { path: { projectID, batchID } });
      assert.equal(batch.batchID, batchID);
      assert.equal(double().log[0]!.path, `/v1/projects/${projectID}/batches/${batchID}`);
    });
  }

  test("createClient() accepts a token that already starts with Bearer", async () => {
    const batch = await client({ token: `bearer ${testToken}` }).get("getBatch", { path: { projectID, batchID } });
    assert.equal(batch.batchID, batchID);
  });

  test("createClient() rejects bad options with the value and the rule", () => {
    const cases: [Partial<ClientOptions>, string, string][] = [
      [{ apiURL: "api.resim.ai/v1" }, "TypeError", 'Cannot use API URL "api.resim.ai/v1": it must be an absolute http or https URL'],
      [{ apiURL: "ftp://host/v1" }, "TypeError", 'Cannot use API URL "ftp://host/v1": it must be an absolute http or https URL'],
      [{ apiURL: "https://user:pw@host/v1" }, "TypeError", 'Cannot use API URL "https://host/v1": it must not carry credentials, a query or a fragment'],
      [{ token: "  " }, "TypeError", "Cannot create an API client: the token is empty"],
      [{ concurrency: 0 }, "RangeError", "Cannot use concurrency 0: must be an integer of at least 1"],
      [{ timeout: -1 }, "RangeError", "Cannot use timeout -1: must be a positive number of ms"],
      [{ retry: { attempts: 0 } }, "RangeError", "Cannot use retry attempts 0: must be an integer of at least 1"],
    ];
    for (const [options, name, message] of cases) assert.throws(() => client(options), { name, message });
  });

  test("createClient() warns when the API URL has no version", () => {
    const warnings: string[] = [];
    client({ apiURL: "https://api.resim.ai", onWarning: (w) => warnings.push(w) });
    client({ apiURL: "http://127.0.0.1:9/prefix/v1/", onWarning: (w) => warnings.push(w) });
    assert.deepEqual(warnings, ['API URL "https://api.resim.ai" does not end in a version such as "/v1": requests will probably fail with 404']);
  });
});

describe("authorization", () => {
  test("the token goes to the API origin and never to the download origin", async () => {
    const c = client();
    const metrics = await c.list("listMetricsForJob", { path: { projectID, batchID, jobID } });
    await Promise.all(metrics.map((m) => c.download(m.metricURL!)));
    const api = double().log.filter((r) => r.origin === "api");
    const blob = double().log.filter((r) => r.origin === "blob");
    console.log(`requests: ${api.length} to the API, all with Authorization; ${blob.length} downloads, none with it`);
    assert.ok(api.length > 0 && api.every((r) => r.authorization));
    assert.ok(blob.length === metrics.length && blob.every((r) => !r.authorization && r.status === 200));
  });

  test("a token echoed in an error body is redacted", async () => {
    double().addFault({ origin: "api", fault: { kind: "echo-authorization" } });
    const error = await rejection(client({ retry: { attempts: 2 } }).get("getBatch", { path: { projectID, batchID } }));
    assert.equal(error.body, "upstream error; request headers: authorization=Bearer [redacted]");
  });
});

describe("pages()", () => {
  const big = syntheticBatch(230, 1);
  const bigDouble = useApiDouble(() => ({ world: big.world, token: testToken, lastPageToken: "empty" }));

  test("pages() asks for 100 items a page and resends the query with each token", async () => {
    const c = client({ apiURL: bigDouble().apiURL });
    const pages = [];
    for await (const page of c.pages("listJobs", { path: big.ref, query: { name: "x y" } })) pages.push(page.jobs?.length);
    assert.deepEqual(pages, [100, 100, 30]);
    const queries = bigDouble().log.filter((r) => r.operation === "listJobs").map((r) => r.query.replace(/pageToken=[^&]+/, "pageToken=T"));
    assert.deepEqual(queries, ["?pageSize=100&name=x+y", "?pageSize=100&name=x+y&pageToken=T", "?pageSize=100&name=x+y&pageToken=T"]);
  });

  test("list() flattens every page, ending on an omitted or empty token", async () => {
    assert.equal((await client({ apiURL: bigDouble().apiURL }).list("listJobs", { path: big.ref })).length, 230);
    assert.equal((await client().list("listJobs", { path: scenario.ref, query: { pageSize: 2 } })).length, 5);
  });

  test("pages() follows an empty page that carries a token", async () => {
    double().addFault({ operation: "listJobs", times: 1, fault: { kind: "empty-page" } });
    const jobs = await client().list("listJobs", { path: scenario.ref });
    assert.equal(jobs.length, 5);
    assert.equal(double().log.length, 2);
  });

  test("pages() fails instead of looping when a token comes back", async () => {
    double().addFault({ operation: "listJobs", fault: { kind: "repeat-token" } });
    const error = await rejection(client().list("listJobs", { path: scenario.ref }));
    assert.equal(error.reason, "protocol");
    assert.match(error.message, /^Cannot list jobs of batch "[^"]+": invalid response: page token "[^"]+" came back a second time; the listing would never end \(GET http:\/\/127\.0\.0\.1:\d+\/v1\/projects\/[^/]+\/batches\/[^/]+\/jobs\?pageSize=100&pageToken=[^)]+\)$/);
  });
});

describe("retries", () => {
  test("5xx and 429 are retried with jittered backoff or the Retry-After delay", async () => {
    double().addFault({ operation: "getBatch", times: 1, fault: { kind: "status", status: 503, body: "html" } });
    double().addFault({ operation: "getBatch", times: 1, fault: { kind: "status", status: 429, headers: { "retry-after": "3" } } });
    double().addFault({ operation: "getBatch", times: 1, fault: { kind: "status", status: 429, headers: { "retry-after": "Sun, 01 Jun 2025 12:00:07 GMT" } } });
    double().addFault({ operation: "getBatch", times: 1, fault: { kind: "status", status: 502, body: "empty" } });
    const batch = await client().get("getBatch", { path: { projectID, batchID } });
    assert.equal(batch.batchID, batchID);
    // Retry 1 waits half of 500 ms (random() = 0.5), retry 4 half of 4 s.
    assert.deepEqual(clock.sleeps, [250, 3000, 7000, 2000]);
    assert.deepEqual(double().log.map((r) => r.status), [503, 429, 429, 502, 200]);
  });

  test("a request failing while other requests succeed waits the first backoff each time, not a growing one", async () => {
    double().addFault({ operation: "getBatch", times: 3, fault: { kind: "status", status: 503 } });
    // During each backoff another request succeeds: the server is up, this request is unlucky.
    const meanwhile: Clock = {
      now: clock.now,
      sleep: async (ms) => {
        clock.sleeps.push(ms);
        await busy.get("listJobs", { path: { projectID, batchID } });
      },
    };
    const busy = client({ clock: meanwhile });
    const batch = await busy.get("getBatch", { path: { projectID, batchID } });
    assert.equal(batch.batchID, batchID);
    assert.deepEqual(clock.sleeps, [250, 250, 250]);
  });

  test("connection resets, truncated bodies and hangs are retried", async () => {
    double().addFault({ operation: "getBatch", times: 1, fault: { kind: "reset" } });
    double().addFault({ operation: "getBatch", times: 1, fault: { kind: "truncate" } });
    double().addFault({ operation: "getBatch", times: 1, fault: { kind: "hang" } });
    const batch = await client({ timeout: 300 }).get("getBatch", { path: { projectID, batchID } });
    assert.equal(batch.batchID, batchID);
    assert.equal(double().log.length, 4);
  });

  test("a persistent failure ends after the attempts with the last status", async () => {
    double().addFault({ operation: "getBatch", fault: { kind: "status", status: 500 } });
    const error = await rejection(client().get("getBatch", { path: { projectID, batchID } }));
    assert.equal(error.message, `Cannot get batch "${batchID}": 500 Internal Server Error after 8 attempts: the server is failing; retry later (GET ${double().apiURL}/projects/${projectID}/batches/${batchID})`);
    assert.deepEqual([error.reason, error.status, error.attempts], ["server-error", 500, 8]);
    assert.equal(double().log.length, 8);
  });

  test("a persistent timeout names the limit", async () => {
    double().addFault({ operation: "getBatch", fault: { kind: "hang" } });
    const error = await rejection(client({ timeout: 100, retry: { attempts: 2 } }).get("getBatch", { path: { projectID, batchID } }));
    assert.equal(error.message, `Cannot get batch "${batchID}": timed out after 2 attempts: no response within 100 ms (GET ${double().apiURL}/projects/${projectID}/batches/${batchID})`);
  });

  test("a persistent reset names the network error", async () => {
    double().addFault({ operation: "getBatch", fault: { kind: "reset" } });
    const error = await rejection(client({ retry: { attempts: 2 } }).get("getBatch", { path: { projectID, batchID } }));
    assert.equal(error.reason, "network");
    assert.match(error.message, /^Cannot get batch "[^"]+": connection failed after 2 attempts: [^:(]+ \(GET http:\/\/127\.0\.0\.1:\d+\/v1\/projects\/[^)]+\)$/);
  });

  test("a body cut short every time says so", async () => {
    double().addFault({ operation: "getBatch", fault: { kind: "truncate" } });
    const error = await rejection(client({ retry: { attempts: 2 } }).get("getBatch", { path: { projectID, batchID } }));
    assert.equal(error.reason, "network");
    assert.match(error.message, /^Cannot get batch "[^"]+": connection failed after 2 attempts: the body could not be read to its end: aborted \(GET http:\/\/127\.0\.0\.1:\d+\/v1\/projects\/[^)]+\)$/);
  });

  const final: [number, string, string][] = [
    [400, "bad-request", "400 Bad Request: the API rejected the request as invalid"],
    [401, "unauthenticated", "401 Unauthorized: the API token is expired or invalid; get a new one"],
    [403, "forbidden", "403 Forbidden: the token has no access to this project or lacks a scope"],
    [404, "not-found", "404 Not Found: check the project and resource IDs"],
    [418, "unexpected-status", "418 I'm a Teapot: the client does not expect this status"],
  ];
  for (const [status, reason, text] of final) {
    test(`${status} fails at once with its likely cause`, async () => {
      double().addFault({ operation: "listJobs", fault: { kind: "status", status } });
      const error = await rejection(client().list("listJobs", { path: scenario.ref }));
      assert.equal(error.message, `Cannot list jobs of batch "${batchID}": ${text} (GET ${double().apiURL}/projects/${projectID}/batches/${batchID}/jobs?pageSize=100)`);
      assert.deepEqual([error.reason, error.status, error.attempts, double().log.length], [reason, status, 1, 1]);
    });
  }

  test("an error names the server's request ID", async () => {
    double().addFault({ operation: "getBatch", fault: { kind: "status", status: 404, headers: { "x-request-id": "req-42" } } });
    const error = await rejection(client().get("getBatch", { path: { projectID, batchID } }));
    assert.equal(error.message, `Cannot get batch "${batchID}": 404 Not Found: check the project and resource IDs (GET ${double().apiURL}/projects/${projectID}/batches/${batchID}, request ID "req-42")`);
    assert.equal(error.requestId, "req-42");
  });

  test("a body that is not JSON fails without retry", async () => {
    double().addFault({ operation: "listJobs", fault: { kind: "garbage" } });
    const error = await rejection(client().list("listJobs", { path: scenario.ref }));
    assert.equal(error.message, `Cannot list jobs of batch "${batchID}": invalid response: the body is not a JSON object (GET ${double().apiURL}/projects/${projectID}/batches/${batchID}/jobs?pageSize=100)`);
    assert.equal(double().log.length, 1);
  });
});

describe("download()", () => {
  test("download() reports an expired link without retrying and without its signature", async () => {
    const [metric] = await client().list("listMetricsForJob", { path: { projectID, batchID, jobID } });
    double().addFault({ origin: "blob", fault: { kind: "expire-url" } });
    const error = await rejection(client().download(metric!.metricURL!, { action: "download metric" }));
    const bare = metric!.metricURL!.split("?")[0];
    assert.equal(error.message, `Cannot download metric: 403 Forbidden: the download link expired or its signature is invalid (GET ${bare})`);
    assert.equal(error.reason, "expired-url");
    assert.match(error.body ?? "", /<Code>AccessDenied<\/Code>/);
  });

  test("download() keeps at most `concurrency` requests in flight", async () => {
    await withApiDouble({ world: scenario.world, token: testToken, latency: 15 }, async (slow) => {
      const c = client({ apiURL: slow.apiURL, concurrency: 4 });
      const metrics = await c.list("listMetricsForJob", { path: { projectID, batchID, jobID: scenario.batch.jobs[1]!.job.jobID! } });
      await Promise.all(metrics.map((m) => c.download(m.metricURL!)));
      console.log(`downloads: ${metrics.length} at concurrency 4, at most ${slow.maxInFlight.blob} in flight`);
      assert.equal(slow.maxInFlight.blob, 4);
    });
  });

  test("an aborted call stops waiting for a slot and rejects with the reason", async () => {
    double().addFault({ operation: "getBatch", fault: { kind: "hang" } });
    const c = client({ concurrency: 1, timeout: 5000 });
    const controller = new AbortController();
    const blocked = c.get("getBatch", { path: { projectID, batchID } }, { signal: controller.signal });
    const waiting = c.get("getJob", { path: { projectID, batchID, jobID } }, { signal: controller.signal });
    const settled = Promise.all([assert.rejects(blocked, { message: "stopped" }), assert.rejects(waiting, { message: "stopped" })]);
    controller.abort(new Error("stopped"));
    await settled;
  });
});

describe("downloadFile()", () => {
  test("downloadFile() writes the body to the file, fetching a body cut short again from the start", async () => {
    const folder = await mkdtemp(join(tmpdir(), "download-file-"));
    try {
      const [metric] = await client().list("listMetricsForJob", { path: { projectID, batchID, jobID } });
      const body = await client().download(metric!.metricURL!);
      double().log.length = 0;
      double().addFault({ origin: "blob", times: 1, fault: { kind: "truncate" } });
      const path = join(folder, "metric.binproto");
      assert.equal(await client().downloadFile(metric!.metricURL!, path), body.length);
      assert.deepEqual(new Uint8Array(await readFile(path)), body);
      assert.deepEqual(await readdir(folder), ["metric.binproto"], "a temporary file was left");
      assert.deepEqual(double().log.map((r) => [r.origin, r.authorization]), [["blob", false], ["blob", false]]);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  test("downloadFile() throws a file-system error as it is, without retrying", async () => {
    const [metric] = await client().list("listMetricsForJob", { path: { projectID, batchID, jobID } });
    double().log.length = 0;
    await assert.rejects(client().downloadFile(metric!.metricURL!, join(tmpdir(), "no-such-folder-for-download", "metric.binproto")), { code: "ENOENT" });
    assert.equal(double().log.length, 1);
  });
});
