/**
 * The retry policy of the API client, as data, and the waits it implies:
 * exponential backoff with full jitter, or the server's `Retry-After`
 * (capped). The backoff grows only while the server keeps failing: one
 * request's bad luck among requests that succeed is retried soon, so a
 * batch fetch under scattered transient faults is not held up by it, while
 * a server that is down gets the whole exponential backoff.
 * @module
 */

import { setTimeout as sleep } from "node:timers/promises";

/** How failed requests are retried. Every request the client sends is an idempotent GET. */
export interface RetryPolicy {
  /** Sends per request, the first included; 1 disables retries. */
  readonly attempts: number;
  /** Ceiling of the first backoff in ms; it doubles with each retry. */
  readonly baseDelay: number;
  /** Largest backoff ceiling in ms. */
  readonly maxDelay: number;
  /** Longest wait in ms a `Retry-After` header may impose. */
  readonly maxRetryAfter: number;
}

/**
 * The default policy: up to eight sends, the retries waiting at most 0.5, 1,
 * 2, 4, 8, 16 and 30 s (half that on average) while every request fails,
 * unless the server asks for longer. A batch fetch sends tens of thousands of requests: with five
 * sends, one transient failure in five would sink a 30,000-request batch
 * almost surely; with eight, one request in 400,000 exhausts its sends.
 */
export const defaultRetryPolicy: RetryPolicy = {
  attempts: 8,
  baseDelay: 500,
  maxDelay: 30_000,
  maxRetryAfter: 60_000,
};

/**
 * Statuses that are retried; connection failures and timeouts are retried
 * too. 400, 401, 403 and 404 never are: sending the same request again
 * cannot change the answer.
 */
export const retryStatuses: ReadonlyMap<number, string> = new Map([
  [408, "Request Timeout: the server gave up waiting, transient"],
  [429, "Too Many Requests: wait as long as Retry-After says"],
  [500, "Internal Server Error: often transient behind a load balancer"],
  [502, "Bad Gateway: a proxy lost its upstream"],
  [503, "Service Unavailable: overloaded or restarting"],
  [504, "Gateway Timeout: a proxy gave up waiting"],
]);

/** Time as the retry loop sees it; tests substitute a fake. */
export interface Clock {
  /** Milliseconds since the epoch (to read HTTP-date `Retry-After` values). */
  now(): number;
  /** Resolves after `ms`, or rejects with the signal's reason when aborted. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** The real clock. */
export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) => sleep(ms, undefined, signal === undefined ? undefined : { signal }),
};

/**
 * `policy` completed with the defaults.
 *
 * @throws {RangeError} when a value is out of range
 */
export function retryPolicy(policy: Partial<RetryPolicy> = {}): RetryPolicy {
  const merged = { ...defaultRetryPolicy, ...policy };
  if (!Number.isInteger(merged.attempts) || merged.attempts < 1) {
    throw new RangeError(`Cannot use retry attempts ${merged.attempts}: must be an integer of at least 1`);
  }
  for (const key of ["baseDelay", "maxDelay", "maxRetryAfter"] as const) {
    if (!(merged[key] >= 0)) throw new RangeError(`Cannot use retry ${key} ${merged[key]}: must be a number of ms, at least 0`);
  }
  return merged;
}

/**
 * The wait before retry number `retry` (1 for the first) of a request, when
 * `failureStreak` attempts of any request have failed since the last success
 * (this one's included): uniform in [0, min(maxDelay, baseDelay × 2^(k−1)))
 * with k the smaller of the two. With one client per process, the streak
 * stays short while most requests succeed, and equals `retry` when every
 * request fails.
 *
 * @example
 * backoffDelay(5, 1, defaultRetryPolicy, () => 0.5); // 250: others succeed, so the first ceiling, 500 ms
 * backoffDelay(5, 40, defaultRetryPolicy, () => 0.5); // 4000: everything fails, so the fifth ceiling, 8 s
 */
export function backoffDelay(retry: number, failureStreak: number, policy: RetryPolicy, random: () => number): number {
  const exponent = Math.max(1, Math.min(retry, failureStreak)) - 1;
  return random() * Math.min(policy.maxDelay, policy.baseDelay * 2 ** exponent);
}

/**
 * The wait a `Retry-After` header asks for (delay in seconds or an HTTP
 * date), capped at `policy.maxRetryAfter`; undefined when absent or unreadable.
 */
export function retryAfterDelay(header: string | null, policy: RetryPolicy, now: number): number | undefined {
  if (header === null) return undefined;
  const value = header.trim();
  const ms = /^\d+$/.test(value) ? Number(value) * 1000 : Date.parse(value) - now;
  return Number.isNaN(ms) ? undefined : Math.min(Math.max(ms, 0), policy.maxRetryAfter);
}
