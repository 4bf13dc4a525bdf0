/**
 * A local double of the ReSim API for tests and benchmarks: two real HTTP
 * servers on 127.0.0.1 (the API origin under `/v1` and a blob origin for
 * presigned downloads), serving a {@link World}, validating every response
 * against the contract, injecting faults and logging every request.
 * @module
 */

import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createHash, createHmac } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import type { AddressInfo } from "node:net";
import { loadContract, type Contract } from "./contract.ts";
import { FaultPlan, type Fault, type FaultRule, type Origin } from "./faults.ts";
import { matchesSearch, parseSearch, SearchError } from "./search.ts";
import type { World, WorldBatch, WorldJob, WorldProject } from "./world.ts";

/** Deliberate departures from the canonical answers, to test a client's tolerance. */
export interface Tolerance {
  /** Send `null` for absent nullable metric fields (`value`, `unit`) and `metricsSetName`. */
  nulls?: boolean;
  /** Add a property the contract does not know to every object in a response. */
  unknownFields?: boolean;
  /** Report EXTERNAL_FILE data as a type the contract does not know ("HOLOGRAM"). */
  unknownEnums?: boolean;
}

export interface ApiDoubleOptions {
  world: World;
  /** The one token the API origin accepts. */
  token: string;
  /** Path prefix of the API origin. @default "/v1" */
  basePath?: string;
  /** Items per page when the request has no `pageSize`. @default 10 */
  defaultPageSize?: number;
  /** How the last page ends a listing: no `nextPageToken`, or an empty one. @default "omit" */
  lastPageToken?: "omit" | "empty";
  /** Lifetime of presigned URLs in seconds. @default 900 */
  urlTTL?: number;
  /** Milliseconds added before every answer, on both origins. @default 0 */
  latency?: number;
  /** Validate every API response against customerapi.yaml. @default true */
  validate?: boolean;
  /** Seed of the fault draws. @default 1 */
  seed?: number;
  tolerance?: Tolerance;
}

/** One request as the double saw it; the token's value is never recorded. */
export interface RequestRecord {
  origin: Origin;
  method: string;
  path: string;
  query: string;
  operation: string | undefined;
  /** Whether an Authorization header came with the request. */
  authorization: boolean;
  /** The answer's status; 0 when the double reset, truncated or never answered. */
  status: number;
  ms: number;
}

export interface ApiDouble {
  /** The API base URL, e.g. `http://127.0.0.1:41234/v1`. */
  readonly apiURL: string;
  /** The origin presigned URLs point to, e.g. `http://127.0.0.1:41235`. */
  readonly blobOrigin: string;
  /** Every request, in arrival order. */
  readonly log: RequestRecord[];
  /** Responses that broke the contract (should stay empty). */
  readonly violations: string[];
  /** The most requests each origin had in flight at once. */
  readonly maxInFlight: Record<Origin, number>;
  addFault(rule: FaultRule): void;
  clearFaults(): void;
  /** Stops both servers, dropping open connections. */
  close(): Promise<void>;
}

class HttpError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

type Query = URLSearchParams;
/** One page of `items` under `key`, with `extra` properties (such as `total`). */
type Pager = (items: readonly unknown[], key: string, extra?: Record<string, unknown>) => Record<string, unknown>;
type Handler = (params: Record<string, string>, query: Query, page: Pager) => unknown;

const statusTexts: Record<number, string> = { 400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found" };

/** Starts the double; close it when done. */
export async function startApiDouble(options: ApiDoubleOptions): Promise<ApiDouble> {
  const contract: Contract = loadContract();
  const basePath = options.basePath ?? "/v1";
  const defaultPageSize = options.defaultPageSize ?? 10;
  const ttl = options.urlTTL ?? 900;
  const secret = "double-signing-key";
  const faults = new FaultPlan(options.seed ?? 1);
  const log: RequestRecord[] = [];
  const violations: string[] = [];
  const inFlight: Record<Origin, number> = { api: 0, blob: 0 };
  const maxInFlight: Record<Origin, number> = { api: 0, blob: 0 };
  const blobs = new Map<string, Uint8Array>();
  let blobOrigin = "";

  // ---- world lookups (404 on anything unknown or outside its parent) ----

  const project = (params: Record<string, string>): WorldProject =>
    options.world.projects.find((p) => p.projectID === params["projectID"]) ?? notFound("project", params["projectID"]);
  const batch = (params: Record<string, string>): WorldBatch =>
    project(params).batches.find((b) => b.batch.batchID === params["batchID"]) ?? notFound("batch", params["batchID"]);
  const job = (params: Record<string, string>): WorldJob =>
    batch(params).jobs.find((j) => j.job.jobID === params["jobID"]) ?? notFound("job", params["jobID"]);

  /** A presigned URL for `body`, valid for the configured TTL. */
  function presign(key: string, body: Uint8Array): string {
    blobs.set(key, body);
    const expires = Math.floor(Date.now() / 1000) + ttl;
    return `${blobOrigin}/${key}?expires=${expires}&sig=${sign(key, expires)}`;
  }
  const sign = (key: string, expires: number): string => createHmac("sha256", secret).update(`${key}:${expires}`).digest("hex");

  // ---- pagination: opaque tokens bound to the query they continue ----

  /**
   * The pager of one list request: it cuts `items` at the request's token
   * and page size, or acts out a pagination fault.
   */
  function pager(operation: string, query: Query, fault: Fault | undefined): Pager {
    const size = query.has("pageSize") ? Number(query.get("pageSize")) : defaultPageSize;
    if (!Number.isInteger(size) || size < 1 || size > 100) throw new HttpError(400, "pageSize must be an integer in 1..100");
    const fingerprint = createHash("sha256").update(operation + [...query].filter(([k]) => k !== "pageToken").sort().join("&")).digest("hex").slice(0, 16);
    const tokenFor = (offset: number): string => Buffer.from(JSON.stringify({ o: offset, f: fingerprint })).toString("base64url");
    let offset = 0;
    const token = query.get("pageToken");
    if (token !== null) {
      let decoded: { o?: unknown; f?: unknown } = {};
      try {
        decoded = JSON.parse(Buffer.from(token, "base64url").toString("utf8"));
      } catch {
        throw new HttpError(400, "invalid pageToken");
      }
      if (decoded.f !== fingerprint || typeof decoded.o !== "number") throw new HttpError(400, "pageToken does not belong to this query");
      offset = decoded.o;
    }
    return (items, key, extra = {}) => {
      if (fault?.kind === "empty-page") return { [key]: [], ...extra, nextPageToken: tokenFor(offset) };
      const body: Record<string, unknown> = { [key]: items.slice(offset, offset + size), ...extra };
      if (fault?.kind === "repeat-token") body["nextPageToken"] = token ?? tokenFor(offset);
      else if (offset + size < items.length) body["nextPageToken"] = tokenFor(offset + size);
      else if (options.lastPageToken === "empty") body["nextPageToken"] = "";
      return body;
    };
  }

  // ---- the operations (api.md §7.1) ----

  const handlers: Record<string, Handler> = {
    health: () => undefined,
    listJobs: (p, _, page) => {
      const jobs = batch(p).jobs.map((j) => j.job);
      return page(jobs, "jobs", { total: jobs.length });
    },
    getJob: (p) => job(p).job,
    listMetricsForJob: (p, _, page) => {
      const metrics = job(p).metrics.map((m, i) => ({ ...m.record, metricURL: presign(`${p["jobID"]}/metrics/${i}`, m.body) }));
      return page(metrics, "metrics");
    },
    listMetricsDataForJob: (p, _, page) => {
      const data = job(p).metricsData.map((d, i) => ({ ...d.record, metricsDataURL: presign(`${p["jobID"]}/metricsData/${i}`, d.body) }));
      return page(data, "metricsData");
    },
    listEventsForJob: (p, _, page) => page(job(p).events, "events"),
    listJobLogsForJob: (p, q, page) => {
      const types = q.getAll("type").flatMap((t) => t.split(","));
      const name = q.get("name");
      const logs = job(p)
        .logs.map((l, i) => ({ ...l.record, logOutputLocation: presign(`${p["jobID"]}/logs/${i}`, l.body) }))
        .filter((l) => (types.length === 0 || types.includes(l.logType ?? "")) && (name === null || l.fileName === name));
      return page(logs, "logs", { total: logs.length });
    },
    getBatch: (p) => batch(p).batch,
    listBatches: (p, q, page) => {
      const search = q.get("search");
      let clauses;
      try {
        clauses = search === null ? [] : parseSearch(search);
      } catch (error) {
        if (error instanceof SearchError) throw new HttpError(400, `invalid search: ${error.message}`);
        throw error;
      }
      const batches = project(p).batches.map((b) => b.batch).filter((b) => matchesSearch(b, clauses));
      return page(batches, "batches", { total: batches.length });
    },
    listBatchMetrics: (p, _, page) => page(batch(p).metrics, "batchMetrics"),
    getReport: (p) => project(p).reports.find((r) => r.reportID === p["reportID"]) ?? notFound("report", p["reportID"]),
    getBuild: (p) => project(p).builds.find((b) => b.buildID === p["buildID"]) ?? notFound("build", p["buildID"]),
    listExperienceTagsForExperience: (p, _, page) => {
      const known = project(p).batches.some((b) => b.jobs.some((j) => j.job.experienceID === p["experienceID"]));
      if (!known) notFound("experience", p["experienceID"]);
      return page(project(p).experienceTags.get(p["experienceID"]!) ?? [], "experienceTags");
    },
  };

  // ---- the two servers ----

  async function serveApi(request: IncomingMessage, response: ServerResponse, url: URL, record: RequestRecord): Promise<void> {
    if (!url.pathname.startsWith(`${basePath}/`)) return sendJson(response, 404, { message: "not found" });
    const matched = contract.match(url.pathname.slice(basePath.length));
    record.operation = matched?.operationId;
    const handler = matched === undefined ? undefined : handlers[matched.operationId];
    if (matched === undefined || handler === undefined) return sendJson(response, 404, { message: "no such route" });
    if (matched.operationId !== "health" && request.headers.authorization !== `Bearer ${options.token}`) {
      return sendJson(response, 401, { message: "access token is missing or invalid" });
    }
    const terminal = await applyFaults(request, response, record, url);
    if (terminal === "handled") return;
    let body: unknown;
    try {
      body = handler(matched.params, url.searchParams, (items, key, extra) => pager(matched.operationId, url.searchParams, terminal)(items, key, extra));
    } catch (error) {
      if (error instanceof HttpError) return sendJson(response, error.status, { message: error.message });
      throw error;
    }
    if (body === undefined) return sendJson(response, 200, undefined);
    if (options.validate !== false) violations.push(...contract.validate(matched.operationId, body));
    sendJson(response, 200, tolerate(body, options.tolerance ?? {}));
  }

  async function serveBlob(request: IncomingMessage, response: ServerResponse, url: URL, record: RequestRecord): Promise<void> {
    // Object stores reject presigned requests that also carry credentials: this shows whether a client leaks its token.
    if (request.headers.authorization !== undefined) return sendXml(response, 400, "InvalidArgument", "Only one auth mechanism allowed");
    const terminal = await applyFaults(request, response, record, url);
    if (terminal === "handled") return;
    const key = decodeURIComponent(url.pathname.slice(1));
    const expires = Number(url.searchParams.get("expires"));
    const signature = url.searchParams.get("sig") ?? "";
    if (signature !== sign(key, expires)) return sendXml(response, 403, "SignatureDoesNotMatch", "The request signature does not match");
    if (terminal?.kind === "expire-url" || expires < Math.floor(Date.now() / 1000)) return sendXml(response, 403, "AccessDenied", "Request has expired");
    const body = blobs.get(key);
    if (body === undefined) return sendXml(response, 404, "NoSuchKey", "The specified key does not exist");
    if (terminal?.kind === "garbage") return sendBytes(response, new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x0f]));
    sendBytes(response, body);
  }

  /** Acts out the faults picked for this request; "handled" when a fault answered it. */
  async function applyFaults(request: IncomingMessage, response: ServerResponse, record: RequestRecord, url: URL): Promise<Fault | "handled" | undefined> {
    // Presigned URLs carry an expiry time, so downloads are identified by path alone.
    const key = record.origin === "blob" ? url.pathname : url.pathname + url.search;
    const picked = faults.pick({ origin: record.origin, operation: record.operation, path: url.pathname, key });
    let terminal: Fault | undefined;
    for (const fault of picked) {
      if (fault.kind === "latency") await sleep(fault.ms);
      else terminal = fault;
    }
    switch (terminal?.kind) {
      case "status": {
        for (const [name, value] of Object.entries(terminal.headers ?? {})) response.setHeader(name, value);
        sendError(response, terminal.status, terminal.body ?? "json");
        return "handled";
      }
      case "hang":
        return "handled";
      case "reset":
        request.socket.destroy();
        return "handled";
      case "truncate": {
        response.writeHead(200, { "content-type": record.origin === "api" ? "application/json" : "application/octet-stream", "content-length": "4096" });
        response.write(Buffer.alloc(100, 0x20));
        setImmediate(() => request.socket.destroy());
        return "handled";
      }
      case "garbage":
        if (record.origin === "api") {
          response.writeHead(200, { "content-type": "application/json" }).end('{"jobs": [');
          return "handled";
        }
        return terminal;
      case "echo-authorization":
        sendError(response, 500, "text", `upstream error; request headers: authorization=${request.headers.authorization ?? ""}`);
        return "handled";
    }
    return terminal;
  }

  function listen(origin: Origin, serve: typeof serveApi): Server {
    return createServer((request, response) => {
      const started = performance.now();
      const url = new URL(request.url ?? "/", "http://double");
      const record: RequestRecord = {
        origin,
        method: request.method ?? "GET",
        path: url.pathname,
        query: url.search,
        operation: undefined,
        authorization: request.headers.authorization !== undefined,
        status: 0,
        ms: 0,
      };
      log.push(record);
      inFlight[origin]++;
      maxInFlight[origin] = Math.max(maxInFlight[origin], inFlight[origin]);
      let done = false;
      const finish = (): void => {
        if (done) return;
        done = true;
        inFlight[origin]--;
        record.status = response.headersSent && response.writableFinished ? response.statusCode : 0;
        record.ms = performance.now() - started;
      };
      response.on("finish", finish);
      response.on("close", finish);
      const latency = options.latency ?? 0;
      const run = async (): Promise<void> => {
        if (latency > 0) await sleep(latency);
        if (request.method !== "GET") return sendJson(response, 405, { message: "the double serves GET only" });
        await serve(request, response, url, record);
      };
      run().catch((error: unknown) => sendJson(response, 500, { message: `double failure: ${String(error)}` }));
    });
  }

  const apiServer = listen("api", serveApi);
  const blobServer = listen("blob", serveBlob);
  const apiPort = await listenOn(apiServer);
  blobOrigin = `http://127.0.0.1:${await listenOn(blobServer)}`;

  return {
    apiURL: `http://127.0.0.1:${apiPort}${basePath}`,
    blobOrigin,
    log,
    violations,
    maxInFlight,
    addFault: (rule) => faults.add(rule),
    clearFaults: () => faults.clear(),
    close: async () => {
      for (const server of [apiServer, blobServer]) server.closeAllConnections();
      await Promise.all([apiServer, blobServer].map((server) => new Promise((resolve) => server.close(resolve))));
    },
  };
}

function notFound(kind: string, id: string | undefined): never {
  throw new HttpError(404, `${kind} "${id}" not found`);
}

function listenOn(server: Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port)));
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  if (response.headersSent) return;
  if (body === undefined) {
    response.writeHead(status).end();
    return;
  }
  const text = JSON.stringify(body);
  response.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) }).end(text);
}

function sendBytes(response: ServerResponse, body: Uint8Array): void {
  response.writeHead(200, { "content-type": "application/octet-stream", "content-length": body.length }).end(body);
}

function sendXml(response: ServerResponse, status: number, code: string, message: string): void {
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message></Error>`;
  response.writeHead(status, { "content-type": "application/xml" }).end(text);
}

/** An error answer whose body takes one of the forms proxies and servers send. */
function sendError(response: ServerResponse, status: number, form: "empty" | "json" | "text" | "html", text = statusTexts[status] ?? "error"): void {
  switch (form) {
    case "empty":
      response.writeHead(status).end();
      return;
    case "json":
      return sendJson(response, status, { message: text });
    case "text":
      response.writeHead(status, { "content-type": "text/plain" }).end(text);
      return;
    case "html":
      response.writeHead(status, { "content-type": "text/html" }).end(`<html><body><h1>${status}</h1><p>${text}</p></body></html>`);
  }
}

/** Applies the deliberate departures of `tolerance` to a validated body. */
function tolerate(body: unknown, tolerance: Tolerance): unknown {
  if (!tolerance.nulls && !tolerance.unknownFields && !tolerance.unknownEnums) return body;
  const visit = (value: unknown, key: string): unknown => {
    if (Array.isArray(value)) return value.map((item) => visit(item, key));
    if (value === null || typeof value !== "object") return value;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = visit(v, k);
    if (tolerance.unknownFields) out["futureField"] = { addedIn: "v2" };
    if (tolerance.unknownEnums && out["metricsDataType"] === "EXTERNAL_FILE") out["metricsDataType"] = "HOLOGRAM";
    if (tolerance.nulls && "metricURL" in out) {
      out["value"] ??= null;
      out["unit"] ??= null;
    }
    if (tolerance.nulls && key === "batches") out["metricsSetName"] ??= null;
    return out;
  };
  return visit(body, "");
}
