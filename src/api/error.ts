/**
 * The one error type of the API client: what the client tried, the request
 * (method and a token-free URL), the HTTP status if there was one, and why.
 * @module
 */

/** Why a request failed; each maps to one likely cause in the message. */
export type ApiErrorReason =
  | "bad-request"
  | "unauthenticated"
  | "forbidden"
  | "expired-url"
  | "not-found"
  | "rate-limited"
  | "server-error"
  | "unexpected-status"
  | "network"
  | "timeout"
  | "protocol"
  | "decode";

/**
 * How each failure reads: failures that are not about the status name
 * themselves (`head`), the others show the status; the likely cause follows
 * unless the request supplied a more precise detail.
 */
const wording: Readonly<Record<ApiErrorReason, { head?: string; cause: string }>> = {
  "bad-request": { cause: "the API rejected the request as invalid" },
  unauthenticated: { cause: "the API token is expired or invalid; get a new one" },
  forbidden: { cause: "the token has no access to this project or lacks a scope" },
  "expired-url": { cause: "the download link expired or its signature is invalid" },
  "not-found": { cause: "check the project and resource IDs" },
  "rate-limited": { cause: "the server is rate limiting; retry later or lower the concurrency" },
  "server-error": { cause: "the server is failing; retry later" },
  "unexpected-status": { cause: "the client does not expect this status" },
  network: { head: "connection failed", cause: "the server could not be reached" },
  timeout: { head: "timed out", cause: "no response in time" },
  protocol: { head: "invalid response", cause: "the response is not what the API contract describes" },
  decode: { head: "invalid body", cause: "the body is not the expected protobuf message" },
};

/** What an {@link ApiError} is built from. */
export interface ApiErrorInit {
  /** The failed action, completing "Cannot …", e.g. `list jobs of batch "…"`. */
  action: string;
  reason: ApiErrorReason;
  method: string;
  /** The request URL, without the token and without presigned signatures. */
  url: string;
  status?: number;
  statusText?: string;
  /** How many times the request was sent. */
  attempts?: number;
  /** The detail that replaces the generic cause, e.g. a network error's text. */
  detail?: string;
  /** The server's request ID header, for support requests. */
  requestId?: string;
  /** The start of the error body (at most 2 KiB), for diagnostics only. */
  body?: string;
  cause?: unknown;
}

/**
 * A request to the ReSim API or a download failed; the message is one line:
 * `Cannot list jobs of batch "…": 401 Unauthorized: the API token is expired or invalid; get a new one (GET https://…)`.
 * It never contains the API token.
 */
export class ApiError extends Error {
  override name = "ApiError";
  readonly reason: ApiErrorReason;
  readonly method: string;
  readonly url: string;
  readonly status: number | undefined;
  readonly attempts: number;
  readonly requestId: string | undefined;
  readonly body: string | undefined;

  constructor(init: ApiErrorInit) {
    super(formatMessage(init), init.cause === undefined ? undefined : { cause: init.cause });
    this.reason = init.reason;
    this.method = init.method;
    this.url = init.url;
    this.status = init.status;
    this.attempts = init.attempts ?? 1;
    this.requestId = init.requestId;
    this.body = init.body;
  }
}

function formatMessage(init: ApiErrorInit): string {
  const { head, cause } = wording[init.reason];
  const status = head ?? `${init.status}${init.statusText ? ` ${init.statusText}` : ""}`;
  const retried = (init.attempts ?? 1) > 1 ? ` after ${init.attempts} attempts` : "";
  const requestId = init.requestId === undefined ? "" : `, request ID "${init.requestId}"`;
  return `Cannot ${init.action}: ${status}${retried}: ${init.detail ?? cause} (${init.method} ${init.url}${requestId})`;
}
