import { test } from "node:test";
import assert from "node:assert/strict";
import { terminalProgress } from "../../src/api/progress.ts";

function stream(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, isTTY, write: (text: string) => writes.push(text) };
}

test("terminalProgress() redraws one line on a TTY, throttled, and clears it at the end", () => {
  let now = 0;
  const out = stream(true);
  const progress = terminalProgress(out, { now: () => now });
  progress.update({ jobsDone: 1, jobsTotal: 3, bytes: 1500 });
  now = 50;
  progress.update({ jobsDone: 2, jobsTotal: 3, bytes: 3000 });
  progress.update({ jobsDone: 3, jobsTotal: 3, bytes: 4500 });
  progress.finish();
  assert.deepEqual(out.writes, ["\r\x1b[Kjobs 1/3, 1.5 kB", "\r\x1b[Kjobs 3/3, 4.5 kB", "\r\x1b[K"]);
});

test("terminalProgress() writes nothing when the stream is not a TTY or quiet is set", () => {
  for (const [out, quiet] of [[stream(false), false], [stream(true), true]] as const) {
    const progress = terminalProgress(out, { quiet });
    progress.update({ jobsDone: 1, jobsTotal: undefined, bytes: 1 });
    progress.finish();
    assert.deepEqual(out.writes, []);
  }
});
