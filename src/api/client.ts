/**
 * The ReSim API client: typed GETs by operationId, pagination, presigned
 * downloads, bounded concurrency, timeouts and retries, over a
 * {@link Transport} (node:http and node:https with keep-alive by default).
 *
 * The token is sent as `Authorization: Bearer …` to the API origin only and
 * is kept in this closure: no property, message or log line carries it.
 * @module
 */

import { getOperations, type GetOperations } from "./gen/customerapi.ts";
import { ApiError, type ApiErrorInit, type ApiErrorReason } from "./error.ts";
import { createLimiter } from "./_limiter.ts";
import { onAbort } from "./_on_abort.ts";
import { backoffDelay, retryAfterDelay, retryPolicy, retryStatuses, systemClock, type Clock, type RetryPolicy } from "./retry.ts";
import { apiURLWarning, expandPath, normalizeApiURL, printableURL } from "./api_url.ts";
import { describeOperation } from "./_describe.ts";
import { nodeTransport, readBody, type Transport, type TransportResponse } from "./transport.ts";
import { writeFileAtomic } from "../files/index.ts";

/** A GET operation of the API, by its operationId. */
export type OperationId = keyof GetOperations;

/** The path parameters and (optional) query of a call to `Op`. */
export interface OperationParams<Op extends OperationId> {
  path: GetOperations[Op]["path"];
  query?: GetOperations[Op]["query"];
}

/** What a successful call to `Op` returns. */
export type OperationResponse<Op extends OperationId> = GetOperations[Op]["response"];

/** The operations that return paginated lists. */
export type ListOperationId = {
  [Op in OperationId]: GetOperations[Op] extends { items: string } ? Op : never;
}[OperationId];

type ItemsKey<Op extends ListOperationId> = GetOperations[Op] extends { items: infer K extends string } ? K : never;

/** One item of the list `Op` returns. */
export type ListItem<Op extends ListOperationId> =
  OperationResponse<Op> extends { [K in ItemsKey<Op>]?: (infer Item)[] } ? Item : never;

/** Options of {@link createClient}. */
export interface ClientOptions {
  /** The API base URL including its version, e.g. `https://api.resim.ai/v1`; trailing slashes are ignored. */
  apiURL: string;
  /** The bearer token (a leading `Bearer ` is tolerated). Sent to the API origin only. */
  token: string;
  /** How requests are sent. @default nodeTransport */
  transport?: Transport;
  /** Requests in flight at most, API calls and downloads together. @default 16 */
  concurrency?: number;
  /** Milliseconds one attempt may take, body included, before it is aborted and retried. @default 60000 */
  timeout?: number;
  /** Overrides of {@link defaultRetryPolicy}. */
  retry?: Partial<RetryPolicy>;
  /** The clock backoff waits on. @default systemClock */
  clock?: Clock;
  /** The jitter source, uniform in [0, 1). @default Math.random */
  random?: () => number;
  /** Receives warnings about the configuration (never containing the token). */
  onWarning?: (message: string) => void;
}

/** Per-call options. */
export interface RequestOptions {
  /** Aborts the call, including its retries and its wait for a slot. */
  signal?: AbortSignal | undefined;
  /**
   * Calls with a lower number get a free slot first, their retries too;
   * ties go in arrival order. A batch fetch gives each job's calls the job's
   * position, so the job its consumer waits for never queues behind later ones.
   * @default 0
   */
  priority?: number | undefined;
}

/** Options of {@link ApiClient.download}. */
export interface DownloadOptions extends RequestOptions {
  /** The action named in errors, completing "Cannot …". @default "download a file" */
  action?: string;
}

/** A client of the ReSim API; see {@link createClient}. */
export interface ApiClient {
  /** The base URL requests go to, without trailing slash. */
  readonly apiURL: string;
  /** The bound on requests in flight. */
  readonly concurrency: number;
  /** Calls a GET operation and returns its JSON body. */
  get<Op extends OperationId>(operation: Op, params: OperationParams<Op>, options?: RequestOptions): Promise<OperationResponse<Op>>;
  /**
   * Every page of a list, in order: the first without `pageToken`, then the
   * same query plus each `nextPageToken` until it is absent or empty.
   * `pageSize` defaults to the maximum, 100.
   */
  pages<Op extends ListOperationId>(operation: Op, params: OperationParams<Op>, options?: RequestOptions): AsyncGenerator<OperationResponse<Op>, void, undefined>;
  /** Every item of a list, all pages flattened. */
  list<Op extends ListOperationId>(operation: Op, params: OperationParams<Op>, options?: RequestOptions): Promise<ListItem<Op>[]>;
  /** GETs a presigned URL (no Authorization header) and returns the body. */
  download(url: string, options?: DownloadOptions): Promise<Uint8Array>;
  /**
   * GETs a presigned URL (no Authorization header) and streams the body
   * into the file `path`, replaced atomically; returns the body's size. A
   * body cut short is fetched again from the start; a file-system error is
   * thrown as it is.
   */
  downloadFile(url: string, path: string, options?: DownloadOptions): Promise<number>;
}

/** The page size list calls ask for unless told otherwise: the largest the API allows. */
const maxPageSize = 100;

/** Stops a list whose pages never end. */
const maxPages = 10_000;

const maxErrorBody = 2048;

const utf8 = new TextDecoder();

const requestIdHeaders = ["x-request-id", "x-amz-request-id", "x-amzn-requestid"];

/** Why one attempt failed; the request's action, method and URL are added when it becomes an error. */
type Failure = Omit<ApiErrorInit, "action" | "method" | "url">;

/** The outcome of one attempt: a value, or a failure and whether to try again (and when). */
type Attempt<T> = { ok: true; value: T } | { ok: false; error: Failure; retry: boolean; retryAfter?: number | undefined };

/** A failure of the caller's side of an attempt (writing a file), thrown as it is rather than retried. */
class LocalFailure {
  readonly error: unknown;
  constructor(error: unknown) {
    this.error = error;
  }
}

/**
 * A client for `apiURL` authenticated with `token`.
 *
 * @throws {TypeError} when the URL is not absolute http(s) or the token is empty
 * @throws {RangeError} when `concurrency`, `timeout` or the retry policy is out of range
 */
export function createClient(options: ClientOptions): ApiClient {
  const apiURL = normalizeApiURL(options.apiURL);
  const token = options.token.trim().replace(/^bearer\s+/i, "");
  if (token === "") throw new TypeError("Cannot create an API client: the token is empty");
  const concurrency = options.concurrency ?? 16;
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new RangeError(`Cannot use concurrency ${concurrency}: must be an integer of at least 1`);
  }
  const timeout = options.timeout ?? 60_000;
  if (!(timeout > 0)) throw new RangeError(`Cannot use timeout ${timeout}: must be a positive number of ms`);
  const policy = retryPolicy(options.retry);
  const clock = options.clock ?? systemClock;
  const random = options.random ?? Math.random;
  const limiter = createLimiter(concurrency);
  /** Failed attempts since the last success of any request: how unwell the server looks (see {@link backoffDelay}). */
  let failureStreak = 0;
  const warning = apiURLWarning(apiURL);
  if (warning !== undefined) options.onWarning?.(warning);

  const transport = options.transport ?? nodeTransport;
  const apiHeaders = { authorization: `Bearer ${token}`, accept: "application/json" };
  // Presigned URLs get no Authorization header at all.
  const blobHeaders = {};

  const redact = (text: string): string => text.replaceAll(token, "[redacted]");

  /**
   * Sends until success, a final failure, or the retry budget is spent. The
   * backoff grows with this request's retries only while other requests fail
   * too: one unlucky request among succeeding ones retries soon.
   */
  async function withRetries<T>(
    method: string,
    url: string,
    action: string,
    attempt: (signal: AbortSignal) => Promise<Attempt<T>>,
    options: RequestOptions | undefined,
  ): Promise<T> {
    const signal = options?.signal;
    for (let n = 1; ; n++) {
      const outcome = await limiter.run(() => attemptWithTimeout(attempt, signal), options);
      if (outcome.ok) {
        failureStreak = 0;
        return outcome.value;
      }
      if (!outcome.retry || n >= policy.attempts) {
        throw new ApiError({ ...outcome.error, action, method, url, attempts: n });
      }
      failureStreak++;
      await clock.sleep(outcome.retryAfter ?? backoffDelay(n, failureStreak, policy, random), signal);
    }
  }

  /**
   * One attempt under its own deadline. A plain timer rather than
   * AbortSignal.timeout/any: those keep every attempt's signal alive until
   * the deadline, which grows memory with the request rate.
   */
  async function attemptWithTimeout<T>(
    attempt: (signal: AbortSignal) => Promise<Attempt<T>>,
    signal: AbortSignal | undefined,
  ): Promise<Attempt<T>> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort(new DOMException(`no response within ${timeout} ms`, "TimeoutError"));
    }, timeout);
    const stopForwarding = signal && onAbort(signal, () => controller.abort(signal.reason));
    try {
      return await attempt(controller.signal);
    } catch (error) {
      // A failed attempt gives up its connection, even one whose body was left unread.
      if (!controller.signal.aborted) controller.abort(error);
      if (signal?.aborted) throw signal.reason;
      if (error instanceof LocalFailure) throw error.error;
      return failedConnection(error, timedOut);
    } finally {
      clearTimeout(timer);
      stopForwarding?.();
    }
  }

  function failedConnection(error: unknown, timedOut: boolean): Attempt<never> {
    const detail = timedOut ? `no response within ${timeout} ms` : redact(errorChain(error));
    const reason: ApiErrorReason = timedOut ? "timeout" : "network";
    return { ok: false, retry: true, error: { reason, detail, cause: error } };
  }

  /** Classifies a non-2xx response. */
  function failedResponse(response: TransportResponse, body: string, isDownload: boolean): Attempt<never> {
    const status = response.status;
    const error: Failure = {
      reason: statusReason(status, isDownload),
      status,
      statusText: redact(response.statusText),
      body: redact(body.slice(0, maxErrorBody)),
    };
    const requestId = requestIdHeaders.map((name) => response.header(name)).find((value) => value !== undefined);
    if (requestId !== undefined) error.requestId = redact(requestId);
    if (!retryStatuses.has(status)) return { ok: false, retry: false, error };
    return { ok: false, retry: true, error, retryAfter: retryAfterDelay(response.header("retry-after") ?? null, policy, clock.now()) };
  }

  /** GETs `url` on the API and returns its JSON object. */
  async function getJson(url: string, action: string, options: RequestOptions | undefined): Promise<Record<string, unknown>> {
    return withRetries("GET", url, action, async (attemptSignal) => {
      const response = await transport({ url, headers: apiHeaders, signal: attemptSignal });
      const text = utf8.decode(await readBody(response.body));
      if (response.status < 200 || response.status > 299) return failedResponse(response, text, false);
      const body = parseObject(text);
      if (body === undefined) {
        return { ok: false, retry: false, error: { reason: "protocol", status: response.status, detail: "the body is not a JSON object", body: redact(text.slice(0, maxErrorBody)) } };
      }
      return { ok: true, value: body };
    }, options);
  }

  /** Where a call goes (the URL without query), with what query, and how errors name it. */
  function route<Op extends OperationId>(operation: Op, params: OperationParams<Op>): { base: string; query: Record<string, unknown> | undefined; action: string } {
    const spec = getOperations[operation];
    const pathParams = params.path as Record<string, unknown>;
    return {
      base: `${apiURL}${expandPath(spec.path, pathParams)}`,
      query: commaJoined(params.query as Record<string, unknown> | undefined, "commaSeparated" in spec ? spec.commaSeparated : []),
      action: describeOperation(operation, spec.path, pathParams),
    };
  }

  const client: ApiClient = {
    apiURL,
    concurrency,

    async get(operation, params, requestOptions) {
      const { base, query, action } = route(operation, params);
      return (await getJson(base + queryString(query), action, requestOptions)) as OperationResponse<typeof operation>;
    },

    async *pages(operation, params, requestOptions) {
      const { base, query, action } = route(operation, params);
      const items = (getOperations[operation] as { items: string }).items;
      const seen = new Set<string>();
      let pageToken: string | undefined;
      for (let page = 1; page <= maxPages; page++) {
        const url = base + queryString({ pageSize: maxPageSize, ...query, ...(pageToken === undefined ? {} : { pageToken }) });
        const invalid = (detail: string) => new ApiError({ action, reason: "protocol", method: "GET", url, detail });
        const body = await getJson(url, action, requestOptions);
        if (body[items] !== undefined && body[items] !== null && !Array.isArray(body[items])) throw invalid(`"${items}" is not an array`);
        yield body as OperationResponse<typeof operation>;
        const next = body["nextPageToken"];
        if (next === undefined || next === null || next === "") return;
        if (typeof next !== "string") throw invalid('"nextPageToken" is not a string');
        if (seen.has(next)) throw invalid(`page token "${redact(next)}" came back a second time; the listing would never end`);
        seen.add(next);
        pageToken = next;
      }
      throw new ApiError({ action, reason: "protocol", method: "GET", url: base, detail: `more than ${maxPages} pages; the listing would never end` });
    },

    async list(operation, params, requestOptions) {
      const items = (getOperations[operation] as { items: string }).items;
      const all: ListItem<typeof operation>[] = [];
      for await (const page of client.pages(operation, params, requestOptions)) {
        const pageItems = (page as Record<string, unknown>)[items] as ListItem<typeof operation>[] | undefined | null;
        if (pageItems) all.push(...pageItems);
      }
      return all;
    },

    async download(url, downloadOptions) {
      const action = downloadOptions?.action ?? "download a file";
      return withRetries("GET", printableURL(url), action, async (attemptSignal) => {
        const response = await transport({ url, headers: blobHeaders, signal: attemptSignal });
        const bytes = await readBody(response.body);
        if (response.status < 200 || response.status > 299) return failedResponse(response, utf8.decode(bytes), true);
        return { ok: true, value: bytes };
      }, downloadOptions);
    },

    async downloadFile(url, path, downloadOptions) {
      const action = downloadOptions?.action ?? "download a file";
      return withRetries("GET", printableURL(url), action, async (attemptSignal) => {
        const response = await transport({ url, headers: blobHeaders, signal: attemptSignal });
        if (response.status < 200 || response.status > 299) return failedResponse(response, utf8.decode(await readBody(response.body)), true);
        let size = 0;
        let cut: unknown;
        async function* counted(): AsyncGenerator<Uint8Array> {
          try {
            for await (const chunk of response.body) {
              size += chunk.length;
              yield chunk;
            }
          } catch (error) {
            cut = error;
            throw error;
          }
        }
        try {
          await writeFileAtomic(path, counted());
        } catch (error) {
          if (cut !== undefined || attemptSignal.aborted) throw error;
          throw new LocalFailure(error);
        }
        return { ok: true, value: size };
      }, downloadOptions);
    },
  };
  return client;
}

/** The reason a status stands for; a 403 from a presigned URL means the link expired. */
function statusReason(status: number, isDownload: boolean): ApiErrorReason {
  switch (status) {
    case 400:
      return "bad-request";
    case 401:
      return "unauthenticated";
    case 403:
      return isDownload ? "expired-url" : "forbidden";
    case 404:
      return "not-found";
    case 408:
      return "timeout";
    case 429:
      return "rate-limited";
  }
  return status >= 500 && retryStatuses.has(status) ? "server-error" : "unexpected-status";
}

/** `?a=1&b=x+y` for the defined values of `query`, form-encoded as the API expects (space as `+`). */
function queryString(query: Record<string, unknown> | undefined): string {
  if (query === undefined) return "";
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    for (const item of Array.isArray(value) ? value : [value]) search.append(key, String(item));
  }
  const text = search.toString();
  return text === "" ? "" : `?${text}`;
}

/** Joins the array values of `names` with commas (the contract's `explode: false`). */
function commaJoined(query: Record<string, unknown> | undefined, names: readonly string[]): Record<string, unknown> | undefined {
  if (query === undefined || names.length === 0) return query;
  const joined = { ...query };
  for (const name of names) {
    const value = joined[name];
    if (Array.isArray(value)) joined[name] = value.join(",");
  }
  return joined;
}

function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** "connect ECONNREFUSED 127.0.0.1:9": the messages of an error and its causes, joined. */
function errorChain(error: unknown): string {
  const messages: string[] = [];
  for (let e: unknown = error; e !== undefined && messages.length < 4; e = e instanceof Error ? e.cause : undefined) {
    const message = e instanceof Error ? e.message : String(e);
    if (message !== "" && !messages.includes(message)) messages.push(message);
  }
  return messages.join(": ") || "unknown error";
}
