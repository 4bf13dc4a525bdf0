/**
 * Temporary folder trees for tests: written from an object literal, removed
 * when the test (or the test file) ends.
 * @module
 */

import { mkdtempSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { after } from "node:test";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/** A file tree: path → content; a `null` content makes an empty folder. */
export type Tree = Readonly<Record<string, string | Uint8Array | null>>;

/** What tempTree needs from a test context: a hook to clean up. */
export interface Cleanup {
  after(fn: () => void | Promise<void>): void;
}

/** Writes `tree` into `dir`, creating folders as needed. */
export async function writeTree(dir: string, tree: Tree): Promise<void> {
  for (const [path, content] of Object.entries(tree)) {
    const target = join(dir, path);
    if (content === null) {
      await mkdir(target, { recursive: true });
    } else {
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, content);
    }
  }
}

const prefix = join(tmpdir(), "resim-metrics-test-");

/** A new temporary folder holding `tree`, deleted after the test `t`. */
export async function tempTree(t: Cleanup, tree: Tree = {}): Promise<string> {
  const dir = await mkdtemp(prefix);
  t.after(() => rm(dir, { recursive: true, force: true }));
  await writeTree(dir, tree);
  return dir;
}

/**
 * A temporary folder the tests of one file share, made at once (so `before`
 * hooks can use it) and deleted after the file's last test.
 */
export function useTempFolder(): string {
  const dir = mkdtempSync(prefix);
  after(() => rm(dir, { recursive: true, force: true }));
  return dir;
}
