/**
 * Temporary folder trees for tests: written from an object literal, removed
 * when the test ends.
 */

import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
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

/** A new temporary folder holding `tree`, deleted after the test `t`. */
export async function tempTree(t: Cleanup, tree: Tree = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "resim-metrics-test-"));
  t.after(() => rm(dir, { recursive: true, force: true }));
  await writeTree(dir, tree);
  return dir;
}
