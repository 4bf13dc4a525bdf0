/**
 * Fault injection for the API double: rules that pick, per request, a
 * failure to act out instead of (or before) the normal answer.
 * @module
 */

import { createHash } from "node:crypto";

/** The two origins the double serves. */
export type Origin = "api" | "blob";

/** What goes wrong. */
export type Fault =
  /** An error status with `headers` (such as Retry-After); `body` picks the error body's form. */
  | { kind: "status"; status: number; headers?: Record<string, string>; body?: "empty" | "json" | "text" | "html" }
  /** The answer comes `ms` later than usual (it is not otherwise changed). */
  | { kind: "latency"; ms: number }
  /** No answer at all, until the client gives up. */
  | { kind: "hang" }
  /** The connection is reset before any header. */
  | { kind: "reset" }
  /** The headers promise the whole body, half of it is sent, then the connection closes. */
  | { kind: "truncate" }
  /** 200 with a body that is not JSON (API) or not protobuf (downloads). */
  | { kind: "garbage" }
  /** A list page with no items whose token leads to the same page again. */
  | { kind: "empty-page" }
  /** A list page whose `nextPageToken` is the token of the request (an endless listing). */
  | { kind: "repeat-token" }
  /** A download answered as if its presigned URL had expired (403 with an XML body). */
  | { kind: "expire-url" }
  /** A 500 whose body echoes the request's Authorization header, as a careless proxy might. */
  | { kind: "echo-authorization" };

/**
 * Failures a client survives by retrying: a 503 proxy page, a 429 asking to
 * retry at once, a connection reset, a body cut short.
 */
export const transientFaults: readonly Fault[] = [
  { kind: "status", status: 503, body: "html" },
  { kind: "status", status: 429, headers: { "retry-after": "0" } },
  { kind: "reset" },
  { kind: "truncate" },
];

/** When a fault applies. */
export interface FaultRule {
  /** The origin the request went to; both when absent. */
  origin?: Origin;
  /** The API operation (operationId); any when absent. */
  operation?: string;
  /** A pattern the request path must match. */
  path?: RegExp;
  /** Matching requests to let through before the fault starts (e.g. token revocation after N). */
  after?: number;
  /** How many matching requests get the fault; unlimited when absent. */
  times?: number;
  /**
   * The chance that a matching request gets the fault; always when absent.
   * The draw depends only on the seed, the request and how many times it was
   * sent before, so a run's faults do not depend on the order requests arrive.
   */
  probability?: number;
  fault: Fault;
}

/** What a request looks like to the rules. */
export interface RequestFacts {
  origin: Origin;
  operation: string | undefined;
  path: string;
  /** What identifies the request across retries (path and stable query). */
  key: string;
}

interface ActiveRule {
  rule: FaultRule;
  seen: number;
  applied: number;
  /** How often each request key has matched, for order-independent draws. */
  sends: Map<string, number>;
}

/** The fault rules of one double, in the order they were added (first match wins). */
export class FaultPlan {
  readonly #rules: ActiveRule[] = [];
  readonly #seed: number;

  constructor(seed: number) {
    this.#seed = seed;
  }

  add(rule: FaultRule): void {
    this.#rules.push({ rule, seen: 0, applied: 0, sends: new Map() });
  }

  /** Uniform in [0, 1), fixed by the seed, the rule, the request and its send count. */
  #draw(rule: number, key: string, send: number): number {
    return createHash("sha256").update(`${this.#seed}:${rule}:${send}:${key}`).digest().readUInt32BE(0) / 2 ** 32;
  }

  clear(): void {
    this.#rules.length = 0;
  }

  /** The faults for this request: any latency faults, then at most one terminal fault. */
  pick(request: RequestFacts): Fault[] {
    const picked: Fault[] = [];
    for (const [index, active] of this.#rules.entries()) {
      const { rule } = active;
      if (rule.origin !== undefined && rule.origin !== request.origin) continue;
      if (rule.operation !== undefined && rule.operation !== request.operation) continue;
      if (rule.path !== undefined && !rule.path.test(request.path)) continue;
      active.seen++;
      if (active.seen <= (rule.after ?? 0)) continue;
      if (rule.times !== undefined && active.applied >= rule.times) continue;
      if (rule.probability !== undefined) {
        const send = active.sends.get(request.key) ?? 0;
        active.sends.set(request.key, send + 1);
        if (this.#draw(index, request.key, send) >= rule.probability) continue;
      }
      active.applied++;
      picked.push(rule.fault);
      if (rule.fault.kind !== "latency") break;
    }
    return picked;
  }
}
