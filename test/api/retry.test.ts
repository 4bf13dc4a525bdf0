import { test } from "node:test";
import assert from "node:assert/strict";
import { backoffDelay, defaultRetryPolicy, retryAfterDelay, retryPolicy } from "../../src/api/retry.ts";

test("backoffDelay() is full jitter under a doubling ceiling capped at maxDelay", () => {
  const policy = retryPolicy({ baseDelay: 100, maxDelay: 1000 });
  const cases: [retry: number, random: number, delay: number][] = [
    [1, 0, 0],
    [1, 0.5, 50],
    [2, 0.5, 100],
    [3, 0.999, 399.6],
    [5, 0.5, 500],
    [9, 1, 1000],
  ];
  for (const [retry, random, delay] of cases) assert.equal(backoffDelay(retry, retry, policy, () => random), delay, `retry ${retry}`);
});

test("backoffDelay() grows only as far as the failures of all requests since the last success", () => {
  const policy = retryPolicy({ baseDelay: 100, maxDelay: 1000 });
  const cases: [retry: number, streak: number, delay: number][] = [
    [5, 1, 100],
    [5, 2, 200],
    [5, 5, 1000],
    [2, 50, 200],
    [1, 0, 100],
  ];
  for (const [retry, streak, delay] of cases) assert.equal(backoffDelay(retry, streak, policy, () => 1), delay, `retry ${retry}, streak ${streak}`);
});

test("retryAfterDelay() reads seconds and HTTP dates, capped at maxRetryAfter", () => {
  const now = Date.parse("2025-06-01T12:00:00Z");
  const cases: [header: string | null, delay: number | undefined][] = [
    [null, undefined],
    ["0", 0],
    ["2", 2000],
    [" 7 ", 7000],
    ["120", defaultRetryPolicy.maxRetryAfter],
    ["Sun, 01 Jun 2025 12:00:05 GMT", 5000],
    ["Sun, 01 Jun 2025 11:00:00 GMT", 0],
    ["soon", undefined],
  ];
  for (const [header, delay] of cases) assert.equal(retryAfterDelay(header, defaultRetryPolicy, now), delay, String(header));
});

test("retryPolicy() fills defaults and rejects out-of-range values", () => {
  assert.deepEqual(retryPolicy({ attempts: 2 }), { ...defaultRetryPolicy, attempts: 2 });
  assert.throws(() => retryPolicy({ attempts: 1.5 }), { name: "RangeError", message: "Cannot use retry attempts 1.5: must be an integer of at least 1" });
  assert.throws(() => retryPolicy({ maxDelay: -1 }), { name: "RangeError", message: "Cannot use retry maxDelay -1: must be a number of ms, at least 0" });
});
