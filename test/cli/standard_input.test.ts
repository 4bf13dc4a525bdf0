import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { closeSync, openSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { repoDir } from "../_shared.ts";
import { useTempFolder } from "../_temp_tree.ts";

const dir = useTempFolder();

/** Size of the input: large enough that holding it twice stands out from the chunks a pipe leaves for the collector (up to ~1.3× the input in all). */
const SIZE = 96 * 2 ** 20;
const PIECE = 2 ** 20;

/** One MiB of the input: byte i is i mod 251, so a misplaced chunk shows. */
const piece = Uint8Array.from({ length: PIECE }, (_, i) => i % 251);

/** What a child process that reads standard input with readInput("-") saw, and how much its peak memory grew meanwhile. */
interface Reading {
  readonly length: number;
  readonly last: number;
  readonly grewBytes: number;
}

/** Runs readInput("-") in a child process whose standard input is `stdin` (a file descriptor, or a pipe fed SIZE bytes). */
async function readInChild(stdin: number | "pipe"): Promise<Reading> {
  const code = [
    `import { readInput } from ${JSON.stringify(join(repoDir, "src/cli/_input.ts"))};`,
    "const before = process.resourceUsage().maxRSS;",
    'const { bytes } = await readInput("-");',
    "const grewBytes = (process.resourceUsage().maxRSS - before) * 1024;",
    "process.stdout.write(JSON.stringify({ length: bytes.length, last: bytes[bytes.length - 1], grewBytes }));",
  ].join("\n");
  const child = spawn(`${repoDir}node_modules/.bin/node`, ["--input-type=module", "-e", code], { stdio: [stdin, "pipe", "inherit"] });
  const out: Buffer[] = [];
  child.stdout!.on("data", (chunk: Buffer) => out.push(chunk));
  const exited = new Promise<number | null>((resolve) => child.on("close", resolve));
  if (child.stdin !== null) {
    await pipeline(
      Readable.from((function* () {
        for (let sent = 0; sent < SIZE; sent += PIECE) yield piece;
      })()),
      child.stdin,
    );
  }
  assert.equal(await exited, 0);
  return JSON.parse(Buffer.concat(out).toString("utf8")) as Reading;
}

test("readInput('-') holds a piped input once: no list of chunks beside a joined copy", async () => {
  const reading = await readInChild("pipe");
  assert.deepEqual({ length: reading.length, last: reading.last }, { length: SIZE, last: (PIECE - 1) % 251 });
  assert.ok(reading.grewBytes < 1.5 * SIZE, `peak memory grew by ${(reading.grewBytes / 2 ** 20).toFixed(0)} MiB reading ${SIZE / 2 ** 20} MiB`);
});

test("readInput('-') reads a file redirected to standard input at its known size, once", async () => {
  const path = join(dir, "input.bin");
  const whole = new Uint8Array(SIZE);
  for (let at = 0; at < SIZE; at += PIECE) whole.set(piece, at);
  writeFileSync(path, whole);
  const fd = openSync(path, "r");
  try {
    const reading = await readInChild(fd);
    assert.deepEqual({ length: reading.length, last: reading.last }, { length: SIZE, last: (PIECE - 1) % 251 });
    assert.ok(reading.grewBytes < 1.5 * SIZE, `peak memory grew by ${(reading.grewBytes / 2 ** 20).toFixed(0)} MiB reading ${SIZE / 2 ** 20} MiB`);
  } finally {
    closeSync(fd);
  }
});
