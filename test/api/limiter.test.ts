import { test } from "node:test";
import assert from "node:assert/strict";
import { getEventListeners } from "node:events";
import { createLimiter } from "../../src/api/_limiter.ts";

/** A task that records its start and ends when `release` is called. */
function gatedTask(started: string[], name: string) {
  let release!: () => void;
  const done = new Promise<void>((resolve) => (release = resolve));
  const task = async (): Promise<void> => {
    started.push(name);
    await done;
  };
  return { task, release };
}

test("createLimiter() runs waiting tasks lowest priority number first, in arrival order among equals", async () => {
  const limiter = createLimiter(1);
  const started: string[] = [];
  const first = gatedTask(started, "first");
  const running = limiter.run(first.task);
  const queued = ([["p5", 5], ["p1a", 1], ["p3", 3], ["p1b", 1], ["default", undefined]] as const).map(([name, priority]) =>
    limiter.run(async () => void started.push(name), { priority }),
  );
  first.release();
  await Promise.all([running, ...queued]);
  assert.deepEqual(started, ["first", "default", "p1a", "p1b", "p3", "p5"]);
});

test("createLimiter() never runs more than its concurrency, and an aborted wait gives up its place", async () => {
  const limiter = createLimiter(2);
  const started: string[] = [];
  const a = gatedTask(started, "a");
  const b = gatedTask(started, "b");
  const runs = [limiter.run(a.task), limiter.run(b.task)];
  const abort = new AbortController();
  const aborted = limiter.run(async () => void started.push("aborted"), { signal: abort.signal, priority: -1 });
  const later = limiter.run(async () => void started.push("later"));
  await new Promise((resolve) => setImmediate(resolve));
  assert.deepEqual(started, ["a", "b"]);
  abort.abort(new Error("stop"));
  await assert.rejects(aborted, { message: "stop" });
  a.release();
  b.release();
  await Promise.all([...runs, later]);
  assert.deepEqual(started, ["a", "b", "later"]);
});

test("createLimiter() hangs any number of waits on one abort listener of their signal", async () => {
  const limiter = createLimiter(1);
  const started: string[] = [];
  const first = gatedTask(started, "first");
  const abort = new AbortController();
  const running = limiter.run(first.task, { signal: abort.signal });
  const waits = Array.from({ length: 100 }, (_, i) => limiter.run(async () => void started.push(`w${i}`), { signal: abort.signal }));
  assert.equal(getEventListeners(abort.signal, "abort").length, 1);
  first.release();
  await Promise.all([running, ...waits.slice(0, 50)]);
  abort.abort(new Error("stop"));
  const rejected = (await Promise.allSettled(waits)).filter((outcome) => outcome.status === "rejected").length;
  // Every wait either ran or was rejected by the abort.
  assert.ok(rejected > 0);
  assert.equal(started.length - 1 + rejected, 100);
});
